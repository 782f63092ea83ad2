"""Function words: what running text is dense with and a headline never ends on. Data only.

Two sets, written for this project, for two readers: :data:`DUMP_STOPWORDS`, the text-dump set that
the piece classifier counts, and :data:`STOPWORDS`, the union of :data:`BY_LANGUAGE`, that the HTML
reader weighs blocks by. They were tuned apart and differ; merging them is a change of behaviour,
to be measured on its own.
"""

from __future__ import annotations



#: A headline never ends on one of these words: a line that does was cut short.
TRAILING_STOPWORDS = frozenset(
    "a an the of to and or but in on at for with by from that which who as is are was were be "
    "der die das und oder von zu mit le la les de des et ou à el los las y o en del".split()
)

#: The most frequent function words of the languages news pages come in. Running
#: text is dense with them; menus, labels and link lists are not. One set for all
#: languages: a word shared by two languages counts for both, which is harmless.
DUMP_STOPWORDS = frozenset(
    " ".join(
        (
            # English
            "a an the and or but if of to in on at by for with from as into about over after than then "
            "that this these those which who whom whose what when where why how is are was were be been "
            "being has have had do does did will would can could should may might must not no it its "
            "he she they we you i his her their our your my him them us me there here so also just only",
            # German
            "der die das den dem des ein eine einen einem einer eines und oder aber wenn weil dass als "
            "wie auf aus bei mit nach von vor zu zum zur im in an am um für über unter durch gegen ohne "
            "ist sind war waren wird werden wurde wurden hat haben hatte sein kann können soll muss nicht "
            "kein keine auch noch nur schon sich es er sie wir ihr ich man sehr mehr dies diese dieser "
            "ihre seine sein so da dann doch wieder",
            # French
            "le la les un une des du de et ou mais que qui quoi dont où au aux en dans sur sous pour par "
            "avec sans est sont était été être a ont avait fait ne pas plus ce cette ces il elle ils elles "
            "nous vous je se sa son ses leur leurs comme aussi très tout",
            # Spanish and Portuguese
            "el los las lo una unos unas y o pero que de del en con por para sin sobre entre es son fue "
            "ser está están ha han había no más como su sus se le les al este esta estos muy también "
            "o os um uma e mas em no na nos nas do da dos das com por para não mais como seu sua foi "
            "são está ao à isso também",
            # Italian
            "il lo gli una di da in con su per tra fra e o ma che non è sono era stato essere ha hanno "
            "come anche più del della dei delle al alla nel nella si questo questa",
            # Dutch and Scandinavian
            "het een en of maar dat die dit van in op met voor naar bij uit aan om te is zijn was werd "
            "heeft hebben niet ook als er ze hij wij "
            "och att det som en ett på av för med till är var har inte den de om jag vi og at er af til "
            "ikke med som for på",
            # Polish and Czech
            "i w z na do nie się że to jest jak od po za dla przez o ale co czy tak a są był była było "
            "jego jej ich ten ta te tym oraz już a v ve s se na je to že do z jako by byl jsou",
            # Russian and Ukrainian
            "и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только "
            "ее мне было вот от меня еще нет о из ему для при это этот и в на що не з як до від у",
            # Turkish
            "ve bir bu da de için ile ne çok daha gibi olarak olan ama en kadar",
            # Indonesian and Malay
            "yang dan di ke dari ini itu untuk dengan tidak ada akan pada juga dalam atau kita kami "
            "mereka dia saya bisa sudah telah oleh karena sebagai harus",
        )
    ).split()
)

BY_LANGUAGE = {
    "en": "the a an of to and or but in on at for with by from that this these those which who whom whose "
          "is are was were be been being has have had do does did will would can could should may might must "
          "it its he she they them their his her we our you your i not no as if than then so there here also "
          "into over about after before when where while what how all any some more most such only",
    "de": "der die das den dem des ein eine einen einem einer eines und oder aber in im ins an am auf für mit "
          "von vom zu zum zur bei nach aus über unter durch gegen ohne um ist sind war waren wird werden wurde "
          "wurden hat haben hatte hatten kann können muss soll sich nicht auch noch schon nur wie als wenn dass "
          "daß es er sie wir ihr ich du man sein seine ihre diese dieser dieses so dann hier da",
    "fr": "le la les l un une des du de d et ou mais dans en sur pour par avec sans sous chez au aux ce cet "
          "cette ces qui que qu quoi dont où est sont était étaient été être a ont avait avaient sera il elle "
          "ils elles on nous vous je tu se sa son ses leur leurs ne pas plus aussi comme si mais très tout",
    "es": "el la los las un una unos unas de del y o pero en con por para sin sobre entre al que quien cual "
          "cuando donde como es son era eran fue fueron ser está están estaba ha han había se su sus le les lo "
          "no más muy también ya este esta estos estas ese esa eso hay",
    "it": "il lo la i gli le un uno una di del della dei degli delle e o ma in nel nella con per su sul sulla "
          "da dal dalla tra fra che chi cui come quando dove è sono era erano stato essere ha hanno aveva si "
          "suo sua suoi sue non più anche già questo questa questi quello molto",
    "pt": "o a os as um uma uns umas de do da dos das e ou mas em no na nos nas com por para sem sobre entre "
          "ao aos que quem qual quando onde como é são era eram foi foram ser está estão estava tem têm tinha "
          "se seu sua seus suas não mais muito também já este esta isso ele ela eles elas",
    "nl": "de het een en of maar in op aan voor met van door bij naar uit over onder tegen zonder om is zijn "
          "was waren wordt worden werd hebben heeft had kan kunnen moet zal zich niet ook nog al wel als dat "
          "die dit deze er hij zij we wij ze ik je u hun haar",
    "sv": "och att det som en ett i på av för med till den de är var har hade inte om men från han hon vi "
          "jag du sig så eller när kan ska skulle också efter vid under över",
    "da": "og at det som en et i på af for med til den de er var har havde ikke om men fra han hun vi jeg "
          "du sig så eller når kan skal skulle også efter ved under over",
    "no": "og at det som en et ei i på av for med til den de er var har hadde ikke om men fra han hun vi jeg "
          "du seg så eller når kan skal skulle også etter ved under over",
    "pl": "i w na z do nie się że to jest są był była było być jak ale lub oraz od po przez dla przy o jego "
          "jej ich ten ta te tym który która które co czy już także tak",
    "cs": "a v na s z do ne se že to je jsou byl byla bylo být jak ale nebo od po pro při o jeho její jejich "
          "ten ta to který která které co už také tak",
    "ru": "и в на с по не что это как он она они мы вы я его ее её их был была было были быть есть к у из "
          "за от до для о об при но или а же то так также уже только который которая которые",
    "uk": "і й в у на з по не що це як він вона вони ми ви я його її їх був була було були бути є до від для "
          "про при але або а же то так також вже тільки який яка які",
    "tr": "ve bir bu da de ile için olarak olan gibi daha çok en ama ya veya ki ne o şu her kadar sonra önce "
          "var yok değil mi mı",
    "id": "dan yang di ke dari ini itu dengan untuk pada adalah tidak akan juga dalam atau oleh sebagai karena "
          "ada telah sudah bisa dapat mereka kami kita saya ia",
    "ro": "și în pe cu de la un o al ale a care că este sunt era fost fi nu mai pentru prin din sau dar ca "
          "se lui ei lor acest această",
    "hu": "a az egy és vagy de hogy nem is van volt lesz már még csak ez az azt ezt mint meg el ki be fel "
          "le után előtt alatt felett között",
    "fi": "ja on ei se että oli ovat hän he me te minä sinä tai mutta kun jos niin myös vain tämä tuo joka "
          "mikä kuin",
}

#: Every function word, in all the languages above: what the HTML reader weighs blocks by.
STOPWORDS = frozenset(word for words in BY_LANGUAGE.values() for word in words.split())
