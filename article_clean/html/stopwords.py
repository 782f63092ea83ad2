"""Function words of many languages: prose is full of them, menus and labels are not. Data only.

Written for this project: the commonest articles, pronouns, prepositions,
conjunctions and auxiliaries of each language, lower-cased.
"""

from __future__ import annotations

_BY_LANGUAGE = {
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

#: Every function word, in all the languages above.
STOPWORDS = frozenset(word for words in _BY_LANGUAGE.values() for word in words.split())
