<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
    <context>
        <name>Catalog</name>
        <message>
            <source>Le catalogue de règles est introuvable : %1.</source>
            <extracomment>From src/parcours_app/core/rules.py:195</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aucun fichier de règles dans %1.</source>
            <extracomment>From src/parcours_app/core/rules.py:197</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fichier de règles %1, entrée %2 : %3.</source>
            <extracomment>From src/parcours_app/core/rules.py:238</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fichier de règles %1 : %2.</source>
            <extracomment>From src/parcours_app/core/rules.py:239</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Dernières règles : %1   Début de grossesse : %2   Terme : %3</source>
            <extracomment>From src/parcours_app/cli.py:267</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Naissance : %1</source>
            <extracomment>From src/parcours_app/cli.py:276</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aujourd'hui : %1   Règles : %2</source>
            <extracomment>From src/parcours_app/cli.py:277</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Début</source>
            <extracomment>From src/parcours_app/cli.py:279</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fin</source>
            <extracomment>From src/parcours_app/cli.py:279</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Statut</source>
            <extracomment>From src/parcours_app/cli.py:279</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Étape</source>
            <extracomment>From src/parcours_app/cli.py:279</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>obligatoire</source>
            <extracomment>From src/parcours_app/cli.py:282</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recommandé</source>
            <extracomment>From src/parcours_app/cli.py:282</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>* date estimée à partir du terme : elle sera recalculée avec la date de naissance.</source>
            <extracomment>From src/parcours_app/cli.py:293</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Dating</name>
        <message>
            <source>%1 SA + %2 j</source>
            <extracomment>From src/parcours_app/core/dating.py:87</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 j</source>
            <extracomment>From src/parcours_app/core/dating.py:116</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 mois + %2 j</source>
            <extracomment>From src/parcours_app/core/dating.py:117</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La date %1 est avant la naissance (%2).</source>
            <extracomment>From src/parcours_app/core/dating.py:123</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La durée du cycle doit être comprise entre %1 et %2 jours (vous avez indiqué %3).</source>
            <extracomment>From src/parcours_app/core/dating.py:153</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le nombre de bébés attendus doit être 1, 2 ou 3 (3 pour trois ou plus).</source>
            <extracomment>From src/parcours_app/core/dating.py:161</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le nombre d'enfants déjà nés ne peut pas être négatif.</source>
            <extracomment>From src/parcours_app/core/dating.py:163</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La date de début de grossesse (%1) et le terme (%2) ne concordent pas : corrigez l'une des deux.</source>
            <extracomment>From src/parcours_app/core/dating.py:173</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La date des dernières règles (%1) et le terme (%2) ne concordent pas : corrigez l'une des deux.</source>
            <extracomment>From src/parcours_app/core/dating.py:183</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La date des dernières règles (%1) et la date de début de grossesse (%2) ne concordent pas : corrigez l'une des deux.</source>
            <extracomment>From src/parcours_app/core/dating.py:196</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indiquez au moins une date : les dernières règles, le début de grossesse, le terme prévu ou la naissance.</source>
            <extracomment>From src/parcours_app/core/dating.py:211</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La date %1 n'est pas plausible : vérifiez l'année.</source>
            <extracomment>From src/parcours_app/core/dating.py:228</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La date de naissance (%1) est avant le début de la grossesse (%2) : vérifiez les dates.</source>
            <extracomment>From src/parcours_app/core/dating.py:239</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La date de naissance (%1) tombe avant 22 SA de cette grossesse : vérifiez la naissance ou les dates de la grossesse.</source>
            <extracomment>From src/parcours_app/core/dating.py:247</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La date de naissance (%1) est plus de 4 semaines après le terme (%2) : vérifiez les dates.</source>
            <extracomment>From src/parcours_app/core/dating.py:255</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La date de naissance (%1) est après aujourd'hui (%2) : indiquez une naissance passée ou le terme prévu.</source>
            <extracomment>From src/parcours_app/core/dating.py:266</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le terme (%1) est à plus de 10 mois d'aujourd'hui (%2) : vérifiez l'année et le mois.</source>
            <extracomment>From src/parcours_app/core/dating.py:272</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Cette famille n’a pas encore d’enfant né : exportez tout le parcours, sans choisir d’enfant.</source>
            <extracomment>From src/parcours_app/export/formats.py:82</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aucun enfant n’a la clé « %1 ». Clés connues : %2.</source>
            <extracomment>From src/parcours_app/export/formats.py:87</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>le %1</source>
            <extracomment>From src/parcours_app/export/formats.py:132</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>du %1 au %2</source>
            <extracomment>From src/parcours_app/export/formats.py:133</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Format « %1 » inconnu : choisissez ics ou pdf.</source>
            <extracomment>From src/parcours_app/export/formats.py:202</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grossesse</source>
            <extracomment>From src/parcours_app/export/ics.py:56</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Démarches</source>
            <extracomment>From src/parcours_app/export/ics.py:57</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Congés</source>
            <extracomment>From src/parcours_app/export/ics.py:58</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Après la naissance</source>
            <extracomment>From src/parcours_app/export/ics.py:59</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examens de l’enfant</source>
            <extracomment>From src/parcours_app/export/ics.py:60</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vaccins</source>
            <extracomment>From src/parcours_app/export/ics.py:61</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Auto-questionnaire</source>
            <extracomment>From src/parcours_app/export/ics.py:62</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Étapes de vie</source>
            <extracomment>From src/parcours_app/export/ics.py:63</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parcours 1000 jours</source>
            <extracomment>From src/parcours_app/export/ics.py:70</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>étapes obligatoires</source>
            <extracomment>From src/parcours_app/export/ics.py:76</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calendrier personnel des 1000 premiers jours, établi le %1.</source>
            <extracomment>From src/parcours_app/export/ics.py:110</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Début : %1</source>
            <extracomment>From src/parcours_app/export/ics.py:255</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dernier jour : %1</source>
            <extracomment>From src/parcours_app/export/ics.py:263</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>À partir d’aujourd’hui : %1</source>
            <extracomment>From src/parcours_app/export/ics.py:271</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obligatoire</source>
            <extracomment>From src/parcours_app/export/ics.py:291</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quand : %1</source>
            <extracomment>From src/parcours_app/export/ics.py:298</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Idéalement vers le %1</source>
            <extracomment>From src/parcours_app/export/ics.py:300</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qui voir : %1</source>
            <extracomment>From src/parcours_app/export/ics.py:302</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>À prévoir : %1</source>
            <extracomment>From src/parcours_app/export/ics.py:304</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conseil : %1</source>
            <extracomment>From src/parcours_app/export/ics.py:306</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Étape obligatoire.</source>
            <extracomment>From src/parcours_app/export/ics.py:308</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Étape recommandée.</source>
            <extracomment>From src/parcours_app/export/ics.py:308</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date estimée d’après le terme prévu : elle sera recalculée après la naissance.</source>
            <extracomment>From src/parcours_app/export/ics.py:313</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fait le %1.</source>
            <extracomment>From src/parcours_app/export/ics.py:317</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source officielle : %1, %2 (vérifiée le %3)</source>
            <extracomment>From src/parcours_app/export/ics.py:321</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aujourd’hui – %1</source>
            <extracomment>From src/parcours_app/export/ics.py:333</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Demain – %1</source>
            <extracomment>From src/parcours_app/export/ics.py:335</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dans %1 jours – %2</source>
            <extracomment>From src/parcours_app/export/ics.py:337</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rendez-vous</source>
            <extracomment>From src/parcours_app/export/ics.py:356</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source officielle : %1, %2</source>
            <extracomment>From src/parcours_app/export/ics.py:373</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rendez-vous : %1</source>
            <extracomment>From src/parcours_app/export/ics.py:386</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Journey</name>
        <message>
            <source>Région inconnue.</source>
            <extracomment>From src/parcours_app/core/journey.py:98</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trop de grossesses ou d'enfants pour une seule famille : vérifiez la saisie.</source>
            <extracomment>From src/parcours_app/core/journey.py:100</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deux grossesses portent la même clé : chaque grossesse doit avoir la sienne.</source>
            <extracomment>From src/parcours_app/core/journey.py:103</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deux enfants portent la même clé : chaque enfant doit avoir la sienne.</source>
            <extracomment>From src/parcours_app/core/journey.py:106</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La clé « %1 » ne doit contenir ni deux-points ni espaces au bord.</source>
            <extracomment>From src/parcours_app/core/journey.py:109</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La durée d'hospitalisation du bébé doit être comprise entre 0 et 366 jours.</source>
            <extracomment>From src/parcours_app/core/journey.py:119</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La date de naissance de l'enfant (%1) est après aujourd'hui (%2) : pour une naissance à venir, indiquez le terme prévu de la grossesse.</source>
            <extracomment>From src/parcours_app/core/journey.py:126</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La date de naissance de l'enfant (%1) a plus de 18 ans : vérifiez l'année.</source>
            <extracomment>From src/parcours_app/core/journey.py:135</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>L'enfant est rattaché à une grossesse qui n'existe pas : enregistrez-la d'abord.</source>
            <extracomment>From src/parcours_app/core/journey.py:141</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JourneyFilters</name>
        <message>
            <source>Grossesse %1 (terminée)</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:83</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grossesse %1</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:85</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grossesse (terminée)</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:87</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grossesse</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:89</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enfant %1</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:92</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1er mois</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:224</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1e mois</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:225</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1e mois de grossesse</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:252</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1er mois de grossesse</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:254</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Terme</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:261</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>après le terme, jusqu'à la naissance</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:262</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Leave</name>
        <message>
            <source>Vous pouvez reporter au plus 3 semaines du congé prénatal après la naissance.</source>
            <extracomment>From src/parcours_app/core/leave.py:92</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Avancer des semaines avant la naissance n'est possible que pour des jumeaux (4 semaines) ou à partir du 3e enfant (2 semaines).</source>
            <extracomment>From src/parcours_app/core/leave.py:104</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vous pouvez avancer au plus %1 semaines avant la naissance.</source>
            <extracomment>From src/parcours_app/core/leave.py:109</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choisissez soit de reporter des semaines après la naissance, soit d'en avancer avant, pas les deux.</source>
            <extracomment>From src/parcours_app/core/leave.py:112</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le congé pathologique avant la naissance dure au plus 14 jours.</source>
            <extracomment>From src/parcours_app/core/leave.py:115</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le congé pathologique après la naissance dure au plus 28 jours.</source>
            <extracomment>From src/parcours_app/core/leave.py:117</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>content</name>
        <message>
            <source>%1, entrée « %2 » : %3</source>
            <extracomment>From src/parcours_app/core/content.py:701</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Début de grossesse (avant le 4e mois)</source>
            <extracomment>From resources/content/catalog.toml: stage[0].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grossesse, mois 1 à 3</source>
            <extracomment>From resources/content/catalog.toml: stage[0].short_label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grossesse, du 4e au 6e mois</source>
            <extracomment>From resources/content/catalog.toml: stage[1].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grossesse, mois 4 à 6</source>
            <extracomment>From resources/content/catalog.toml: stage[1].short_label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grossesse, du 7e au 9e mois</source>
            <extracomment>From resources/content/catalog.toml: stage[2].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grossesse, mois 7 à 9</source>
            <extracomment>From resources/content/catalog.toml: stage[2].short_label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La naissance et les deux premières semaines</source>
            <extracomment>From resources/content/catalog.toml: stage[3].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La naissance</source>
            <extracomment>From resources/content/catalog.toml: stage[3].short_label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bébé de 0 à 3 mois</source>
            <extracomment>From resources/content/catalog.toml: stage[4].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>0 à 3 mois</source>
            <extracomment>From resources/content/catalog.toml: stage[4].short_label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bébé de 4 à 12 mois</source>
            <extracomment>From resources/content/catalog.toml: stage[5].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>4 à 12 mois</source>
            <extracomment>From resources/content/catalog.toml: stage[5].short_label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enfant de 1 à 2 ans</source>
            <extracomment>From resources/content/catalog.toml: stage[6].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 à 2 ans</source>
            <extracomment>From resources/content/catalog.toml: stage[6].short_label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enfant de 2 à 3 ans</source>
            <extracomment>From resources/content/catalog.toml: stage[7].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2 à 3 ans</source>
            <extracomment>From resources/content/catalog.toml: stage[7].short_label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Démarches et droits</source>
            <extracomment>From resources/content/catalog.toml: topic[0].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Santé et examens</source>
            <extracomment>From resources/content/catalog.toml: topic[1].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vaccins</source>
            <extracomment>From resources/content/catalog.toml: topic[2].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Congés</source>
            <extracomment>From resources/content/catalog.toml: topic[3].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Place du second parent</source>
            <extracomment>From resources/content/catalog.toml: topic[4].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Santé mentale</source>
            <extracomment>From resources/content/catalog.toml: topic[5].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Écrans</source>
            <extracomment>From resources/content/catalog.toml: topic[6].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alimentation et allaitement</source>
            <extracomment>From resources/content/catalog.toml: topic[7].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sommeil</source>
            <extracomment>From resources/content/catalog.toml: topic[8].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sécurité (bébé secoué, accidents)</source>
            <extracomment>From resources/content/catalog.toml: topic[9].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Environnement</source>
            <extracomment>From resources/content/catalog.toml: topic[10].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Culture et éveil</source>
            <extracomment>From resources/content/catalog.toml: topic[11].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Modes d'accueil</source>
            <extracomment>From resources/content/catalog.toml: topic[12].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Les Maisons des 1000 premiers jours</source>
            <extracomment>From resources/content/catalog.toml: priority[0].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Un lieu près de chez vous pour être accueilli, informé et accompagné, de la grossesse aux 3 ans de l'enfant, avec la PMI et les autres professionnels.</source>
            <extracomment>From resources/content/catalog.toml: priority[0].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pas d'écran avant 3 ans</source>
            <extracomment>From resources/content/catalog.toml: priority[1].title; resources/content/items/ecrans.toml: item[0].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Protéger les tout-petits des écrans, y compris de ceux des adultes : le téléphone des parents compte aussi.</source>
            <extracomment>From resources/content/catalog.toml: priority[1].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pères et co-parents</source>
            <extracomment>From resources/content/catalog.toml: priority[2].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le second parent a ses congés, son propre questionnaire sur son moral et toute sa place dans les soins du bébé.</source>
            <extracomment>From resources/content/catalog.toml: priority[2].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3114 : numéro national de prévention du suicide</source>
            <extracomment>From resources/content/helplines.toml: helplines[0].name</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Si vous pensez à vous faire du mal ou au suicide, ou si vous êtes inquiet ou inquiète pour un proche : des soignants vous écoutent et vous aident.</source>
            <extracomment>From resources/content/helplines.toml: helplines[0].purpose</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gratuit, à toute heure, 24 heures sur 24 et 7 jours sur 7.</source>
            <extracomment>From resources/content/helplines.toml: helplines[0].availability</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>15 : SAMU</source>
            <extracomment>From resources/content/helplines.toml: helplines[1].name</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Urgence médicale, danger immédiat pour vous ou pour votre bébé.</source>
            <extracomment>From resources/content/helplines.toml: helplines[1].purpose</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gratuit, à toute heure.</source>
            <extracomment>From resources/content/helplines.toml: helplines[1].availability; resources/content/helplines.toml: helplines[2].availability</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>112 : numéro d'urgence européen</source>
            <extracomment>From resources/content/helplines.toml: helplines[2].name</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Toute urgence, depuis n'importe quel pays de l'Union européenne, y compris depuis un téléphone portable.</source>
            <extracomment>From resources/content/helplines.toml: helplines[2].purpose</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>114 : urgence par SMS</source>
            <extracomment>From resources/content/helplines.toml: helplines[3].name</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pour demander les secours par SMS quand on ne peut pas parler ou entendre (personnes sourdes ou malentendantes, ou danger à parler).</source>
            <extracomment>From resources/content/helplines.toml: helplines[3].purpose</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gratuit, par SMS, visiophonie ou tchat.</source>
            <extracomment>From resources/content/helplines.toml: helplines[3].availability</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Allô Parents Bébé : 0 800 00 34 56</source>
            <extracomment>From resources/content/helplines.toml: helplines[4].name</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Écoute et conseils des parents, de la grossesse aux premières années de l'enfant : fatigue, pleurs du bébé, doutes, difficultés du quotidien.</source>
            <extracomment>From resources/content/helplines.toml: helplines[4].purpose</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gratuit et anonyme. Horaires : voir le site de l'association Enfance et Partage.</source>
            <extracomment>From resources/content/helplines.toml: helplines[4].availability</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3919 : Violences Femmes Info</source>
            <extracomment>From resources/content/helplines.toml: helplines[5].name</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Violences conjugales, sexuelles ou psychologiques : écoute, informations et orientation, pour les victimes et leurs proches.</source>
            <extracomment>From resources/content/helplines.toml: helplines[5].purpose</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gratuit et anonyme, à toute heure.</source>
            <extracomment>From resources/content/helplines.toml: helplines[5].availability</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>119 : Allô Enfance en Danger</source>
            <extracomment>From resources/content/helplines.toml: helplines[6].name</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Un enfant est en danger ou risque de l'être, y compris si vous craignez de ne plus pouvoir vous en occuper : écoute et protection.</source>
            <extracomment>From resources/content/helplines.toml: helplines[6].purpose</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gratuit, à toute heure ; l'appel n'apparaît pas sur les factures.</source>
            <extracomment>From resources/content/helplines.toml: helplines[6].availability</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Maman Blues</source>
            <extracomment>From resources/content/helplines.toml: helplines[7].name</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Association de parents qui ont traversé une difficulté maternelle ou une dépression postnatale : témoignages, écoute, rencontres ; partenaire officiel de « 1000 jours blues ».</source>
            <extracomment>From resources/content/helplines.toml: helplines[7].purpose</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact par le site de l'association.</source>
            <extracomment>From resources/content/helplines.toml: helplines[7].availability</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SOS Préma : 0 800 96 60 60</source>
            <extracomment>From resources/content/helplines.toml: helplines[8].name</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Association des parents de bébés nés prématurément ou hospitalisés à la naissance : écoute, entraide, informations.</source>
            <extracomment>From resources/content/helplines.toml: helplines[8].purpose</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gratuit. Horaires : voir le site de l'association.</source>
            <extracomment>From resources/content/helplines.toml: helplines[8].availability</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chercher un mode d'accueil tôt</source>
            <extracomment>From resources/content/items/accueil.toml: item[0].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Crèche, micro-crèche, assistante maternelle, maison d'assistants maternels (MAM) : les places sont souvent rares. Commencez vos recherches pendant la grossesse sur monenfant.fr, et demandez conseil au Relais Petite Enfance (RPE) de votre commune.</source>
            <extracomment>From resources/content/items/accueil.toml: item[0].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>monenfant.fr</source>
            <extracomment>From resources/content/items/accueil.toml: item[0].link[0].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caf</source>
            <extracomment>From resources/content/items/accueil.toml: item[0].link[1].title; resources/content/items/accueil.toml: item[1].link[0].title; resources/content/items/conges.toml: item[3].link[1].title; … and 1 more</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Des aides pour faire garder votre enfant</source>
            <extracomment>From resources/content/items/accueil.toml: item[1].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La Caf ou la MSA peut prendre en charge une partie du coût d'une assistante maternelle ou d'une micro-crèche (complément de libre choix du mode de garde). En crèche, le tarif dépend de vos ressources.</source>
            <extracomment>From resources/content/items/accueil.toml: item[1].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MSA</source>
            <extracomment>From resources/content/items/accueil.toml: item[1].link[1].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>L'école à partir de 3 ans</source>
            <extracomment>From resources/content/items/accueil.toml: item[2].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>L'instruction est obligatoire dès 3 ans : l'enfant entre à l'école en septembre de l'année civile de ses 3 ans. L'inscription se fait d'abord à la mairie.</source>
            <extracomment>From resources/content/items/accueil.toml: item[2].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service-Public.fr</source>
            <extracomment>From resources/content/items/accueil.toml: item[2].link[0].title; resources/content/items/conges.toml: item[2].link[0].title; resources/content/items/demarches.toml: item[4].link[0].title; … and 4 more</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bien manger pendant la grossesse</source>
            <extracomment>From resources/content/items/alimentation.toml: item[0].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mangez varié, sans manger « pour deux ». Évitez la viande, le poisson et les œufs crus ou peu cuits et les fromages au lait cru, lavez bien fruits et légumes. La vitamine B9 (acide folique) est conseillée dès le projet de grossesse : demandez à votre médecin ou sage-femme.</source>
            <extracomment>From resources/content/items/alimentation.toml: item[0].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Manger Bouger</source>
            <extracomment>From resources/content/items/alimentation.toml: item[0].link[0].title; resources/content/items/alimentation.toml: item[2].link[0].title; resources/content/items/alimentation.toml: item[3].link[0].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Les 1000 premiers jours</source>
            <extracomment>From resources/content/items/alimentation.toml: item[0].link[1].title; resources/content/items/alimentation.toml: item[1].link[0].title; resources/content/items/alimentation.toml: item[2].link[1].title; … and 18 more</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Allaiter : un choix, avec du soutien</source>
            <extracomment>From resources/content/items/alimentation.toml: item[1].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le lait maternel est l'aliment le mieux adapté au bébé ; l'allaitement seul est conseillé jusqu'à 6 mois si possible, et chaque jour compte. Si vous avez mal ou des doutes, la sage-femme, la PMI ou la maternité peuvent vous aider. Si vous donnez le biberon, utilisez un lait infantile, jamais une boisson végétale.</source>
            <extracomment>From resources/content/items/alimentation.toml: item[1].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Découvrir les aliments entre 4 et 6 mois</source>
            <extracomment>From resources/content/items/alimentation.toml: item[2].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Les premiers aliments autres que le lait s'introduisent entre 4 et 6 mois, un à la fois, en purée lisse, sans sel ni sucre ajouté. Pas de miel avant 1 an. Le lait reste l'aliment principal de la première année.</source>
            <extracomment>From resources/content/items/alimentation.toml: item[2].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>À table avec la famille</source>
            <extracomment>From resources/content/items/alimentation.toml: item[3].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Après 1 an, l'enfant mange peu à peu comme la famille, en petits morceaux adaptés, à heures régulières. Il a le droit de ne pas aimer : proposez à nouveau, sans forcer. L'eau est la seule boisson utile.</source>
            <extracomment>From resources/content/items/alimentation.toml: item[3].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le congé de maternité</source>
            <extracomment>From resources/content/items/conges.toml: item[0].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pour un 1er ou 2e enfant : 6 semaines avant la date prévue et 10 semaines après la naissance. Il est plus long à partir du 3e enfant et pour des jumeaux. Une partie peut être reportée après la naissance avec l'accord du professionnel qui vous suit. Le Parcours calcule vos dates.</source>
            <extracomment>From resources/content/items/conges.toml: item[0].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Congé maternité (Service-Public.fr)</source>
            <extracomment>From resources/content/items/conges.toml: item[0].link[0].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>L'Assurance Maladie</source>
            <extracomment>From resources/content/items/conges.toml: item[0].link[1].title; resources/content/items/demarches.toml: item[0].link[1].title; resources/content/items/demarches.toml: item[5].link[0].title; … and 8 more</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Des absences autorisées pour les examens</source>
            <extracomment>From resources/content/items/conges.toml: item[1].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Une salariée enceinte peut s'absenter sans perte de salaire pour ses examens obligatoires. Le second parent salarié peut l'accompagner à trois d'entre eux.</source>
            <extracomment>From resources/content/items/conges.toml: item[1].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Légifrance</source>
            <extracomment>From resources/content/items/conges.toml: item[1].link[0].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le congé supplémentaire de naissance (enfants nés à partir de 2026)</source>
            <extracomment>From resources/content/items/conges.toml: item[2].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pour un enfant né à partir du 1er janvier 2026, chaque parent peut prendre 1 ou 2 mois de plus, après le congé de maternité ou de paternité, à partir du 1er juillet 2026. Certains détails dépendent d'un décret : vérifiez sur Service-Public.fr.</source>
            <extracomment>From resources/content/items/conges.toml: item[2].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le congé parental d'éducation</source>
            <extracomment>From resources/content/items/conges.toml: item[3].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Après les congés de naissance, un parent salarié peut arrêter ou réduire son travail pour s'occuper de l'enfant. La Caf ou la MSA peut verser une aide (PreParE) sous conditions.</source>
            <extracomment>From resources/content/items/conges.toml: item[3].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Congé parental à temps plein (Service-Public.fr)</source>
            <extracomment>From resources/content/items/conges.toml: item[3].link[0].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Déclarer la grossesse</source>
            <extracomment>From resources/content/items/demarches.toml: item[0].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le médecin ou la sage-femme envoie la déclaration de grossesse en ligne lors du 1er examen. Elle doit arriver à l'Assurance Maladie et à la Caf dans les 14 premières semaines de grossesse : le plus simple est de la faire avant la fin du 3e mois.</source>
            <extracomment>From resources/content/items/demarches.toml: item[0].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Déclaration de grossesse (Service-Public.fr)</source>
            <extracomment>From resources/content/items/demarches.toml: item[0].link[0].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S'inscrire à la maternité</source>
            <extracomment>From resources/content/items/demarches.toml: item[1].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aucune date limite n'est fixée par la loi, mais les places sont parfois comptées : renseignez-vous tôt auprès de la maternité de votre choix.</source>
            <extracomment>From resources/content/items/demarches.toml: item[1].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vos droits à la Caf ou à la MSA</source>
            <extracomment>From resources/content/items/demarches.toml: item[2].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La déclaration de grossesse ouvre vos droits aux prestations familiales, comme la prime à la naissance selon vos ressources. Faites une simulation sur le site de votre caisse (Caf, ou MSA si vous relevez du régime agricole).</source>
            <extracomment>From resources/content/items/demarches.toml: item[2].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caf : l'arrivée d'un enfant</source>
            <extracomment>From resources/content/items/demarches.toml: item[2].link[0].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MSA : famille</source>
            <extracomment>From resources/content/items/demarches.toml: item[2].link[1].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parents non mariés : la reconnaissance</source>
            <extracomment>From resources/content/items/demarches.toml: item[3].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Si vous n'êtes pas mariés, le second parent peut reconnaître l'enfant à la mairie avant la naissance. C'est gratuit et cela évite des démarches après.</source>
            <extracomment>From resources/content/items/demarches.toml: item[3].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service-Public.fr : famille</source>
            <extracomment>From resources/content/items/demarches.toml: item[3].link[0].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Déclarer la naissance dans les 5 jours</source>
            <extracomment>From resources/content/items/demarches.toml: item[4].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La naissance se déclare à la mairie du lieu de naissance dans les 5 jours qui suivent (le jour de la naissance ne compte pas). Si le dernier jour tombe un samedi, un dimanche ou un jour férié, le délai va jusqu'au jour ouvré suivant. Beaucoup de maternités proposent de le faire sur place.</source>
            <extracomment>From resources/content/items/demarches.toml: item[4].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inscrire bébé sur votre carte Vitale et prévenir la Caf</source>
            <extracomment>From resources/content/items/demarches.toml: item[5].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Après la naissance, faites rattacher votre enfant à l'Assurance Maladie d'un parent ou des deux, pensez à votre mutuelle, et signalez la naissance à la Caf ou à la MSA.</source>
            <extracomment>From resources/content/items/demarches.toml: item[5].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La Maison des 1000 premiers jours près de chez vous</source>
            <extracomment>From resources/content/items/demarches.toml: item[6].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Les Maisons des 1000 premiers jours réunissent en un même lieu la PMI, des temps d'échange entre parents, de l'information sur vos droits, des activités d'éveil et des professionnels. Vous pouvez y venir sans rendez-vous pour être orienté. Ajoutez la plus proche à votre annuaire.</source>
            <extracomment>From resources/content/items/demarches.toml: item[6].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ministère chargé de la santé</source>
            <extracomment>From resources/content/items/demarches.toml: item[6].link[1].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La PMI, gratuite et ouverte à tous</source>
            <extracomment>From resources/content/items/demarches.toml: item[7].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Les centres de protection maternelle et infantile (PMI) du département suivent gratuitement les femmes enceintes et les enfants jusqu'à 6 ans : consultations, vaccins, pesée, conseils. Une puéricultrice peut aussi venir chez vous après la naissance.</source>
            <extracomment>From resources/content/items/demarches.toml: item[7].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Télévision, tablette, téléphone, ordinateur : avant 3 ans, un enfant n'a pas besoin d'écran pour se développer. Il apprend en jouant, en bougeant et en parlant avec vous. Même allumée « en fond », la télévision le gêne.</source>
            <extracomment>From resources/content/items/ecrans.toml: item[0].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mon enfant et les écrans</source>
            <extracomment>From resources/content/items/ecrans.toml: item[0].link[1].title; resources/content/items/ecrans.toml: item[2].link[1].title; resources/content/items/ecrans.toml: item[3].link[0].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interdits dans les lieux d'accueil</source>
            <extracomment>From resources/content/items/ecrans.toml: item[1].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Depuis l'été 2025, il est interdit d'exposer un enfant de moins de 3 ans à un écran en crèche, micro-crèche, MAM ou chez une assistante maternelle. À la maison, la même règle est conseillée.</source>
            <extracomment>From resources/content/items/ecrans.toml: item[1].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Et nos écrans à nous ?</source>
            <extracomment>From resources/content/items/ecrans.toml: item[2].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quand on regarde son téléphone pendant le repas, le bain ou le jeu, le bébé cherche notre regard et ne le trouve pas. Essayez des moments sans téléphone, rangé hors de vue, surtout pendant les soins et les repas.</source>
            <extracomment>From resources/content/items/ecrans.toml: item[2].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Après 3 ans : peu, accompagné, jamais dans la chambre</source>
            <extracomment>From resources/content/items/ecrans.toml: item[3].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>De 3 à 6 ans, si écran il y a : peu de temps, avec un adulte qui commente, jamais pendant les repas, avant de dormir ni dans la chambre.</source>
            <extracomment>From resources/content/items/ecrans.toml: item[3].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Un air sain à la maison</source>
            <extracomment>From resources/content/items/environnement.toml: item[0].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aérez au moins 10 minutes matin et soir, même en hiver. Évitez parfums d'intérieur, bougies, encens et sprays. Faites les travaux et la peinture de la chambre bien avant l'arrivée du bébé, et lavez les vêtements neufs avant de les mettre.</source>
            <extracomment>From resources/content/items/environnement.toml: item[0].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agir pour bébé</source>
            <extracomment>From resources/content/items/environnement.toml: item[0].link[0].title; resources/content/items/environnement.toml: item[1].link[0].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moins de produits chimiques au quotidien</source>
            <extracomment>From resources/content/items/environnement.toml: item[1].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pour la toilette, peu de produits, sans parfum. Pour réchauffer les repas, préférez le verre ou l'inox au plastique. Pour le ménage, des produits simples, en lisant les pictogrammes de danger.</source>
            <extracomment>From resources/content/items/environnement.toml: item[1].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parler, chanter, lire dès la naissance</source>
            <extracomment>From resources/content/items/eveil.toml: item[0].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le bébé reconnaît votre voix dès la grossesse. Parlez-lui, chantez, racontez, regardez des livres ensemble, dans la langue que vous parlez le mieux : c'est ainsi qu'il apprend à parler.</source>
            <extracomment>From resources/content/items/eveil.toml: item[0].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jouer, bouger, explorer</source>
            <extracomment>From resources/content/items/eveil.toml: item[1].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Un tapis au sol, des objets simples, des sorties dehors : l'enfant apprend en bougeant librement et en essayant seul, avec un adulte tout près.</source>
            <extracomment>From resources/content/items/eveil.toml: item[1].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bibliothèques, lieux d'accueil enfants-parents, Maison des 1000 premiers jours</source>
            <extracomment>From resources/content/items/eveil.toml: item[2].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Les bibliothèques accueillent les bébés, souvent avec des lectures gratuites. Les lieux d'accueil enfants-parents (LAEP) et les Maisons des 1000 premiers jours proposent des temps d'éveil et de rencontre avec d'autres parents.</source>
            <extracomment>From resources/content/items/eveil.toml: item[2].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caf : lieux d'accueil enfants-parents</source>
            <extracomment>From resources/content/items/eveil.toml: item[2].link[0].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Baby blues ou dépression ?</source>
            <extracomment>From resources/content/items/sante-mentale.toml: item[0].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Beaucoup de mères ont un coup de blues entre le 3e et le 10e jour : il passe en quelques jours. Si la tristesse, la fatigue ou l'angoisse durent plus de deux semaines, ce n'est pas votre faute et cela se soigne : parlez-en à un professionnel.</source>
            <extracomment>From resources/content/items/sante-mentale.toml: item[0].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>L'entretien postnatal précoce</source>
            <extracomment>From resources/content/items/sante-mentale.toml: item[1].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obligatoire depuis 2022, entre la 4e et la 8e semaine après la naissance, avec une sage-femme ou un médecin. On y parle de votre moral et de l'aide dont vous ou le second parent avez besoin. Un 2e entretien peut être proposé entre la 10e et la 14e semaine.</source>
            <extracomment>From resources/content/items/sante-mentale.toml: item[1].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Faire le point sur son moral</source>
            <extracomment>From resources/content/items/sante-mentale.toml: item[2].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le questionnaire du Parcours (10 questions sur les 7 derniers jours) aide à faire le point, pour la mère comme pour le second parent. Ce n'est pas un diagnostic et vos réponses restent sur cet ordinateur.</source>
            <extracomment>From resources/content/items/sante-mentale.toml: item[2].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Si vous pensez à vous faire du mal : le 3114</source>
            <extracomment>From resources/content/items/sante-mentale.toml: item[3].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le 3114 répond jour et nuit, gratuitement. En cas de danger immédiat, appelez le 15 ou le 112. Le panneau « Urgences et écoute » rassemble tous les numéros d'aide.</source>
            <extracomment>From resources/content/items/sante-mentale.toml: item[3].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3114, numéro national de prévention du suicide</source>
            <extracomment>From resources/content/items/sante-mentale.toml: item[3].link[0].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sept examens prénataux obligatoires</source>
            <extracomment>From resources/content/items/sante.toml: item[0].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le 1er examen a lieu avant la fin du 3e mois de grossesse, puis un examen chaque mois du 4e au 9e mois. Ils sont pris en charge par l'Assurance Maladie.</source>
            <extracomment>From resources/content/items/sante.toml: item[0].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trois échographies recommandées</source>
            <extracomment>From resources/content/items/sante.toml: item[1].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Une par trimestre : vers 12 semaines d'aménorrhée (entre 11 et 13 SA + 6 jours), vers 22 SA et vers 32 SA.</source>
            <extracomment>From resources/content/items/sante.toml: item[1].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>L'entretien prénatal précoce</source>
            <extracomment>From resources/content/items/sante.toml: item[2].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obligatoire depuis 2020, proposé à partir du 4e mois avec une sage-femme ou un médecin, seule ou avec le second parent. On y parle de vos besoins, de vos questions et de ce qui vous inquiète. Il est pris en charge à 100 %.</source>
            <extracomment>From resources/content/items/sante.toml: item[2].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pris en charge à 100 % à partir du 6e mois</source>
            <extracomment>From resources/content/items/sante.toml: item[3].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Du 1er jour du 6e mois de grossesse au 12e jour après la naissance, vos frais médicaux remboursables sont pris en charge à 100 %, même sans lien avec la grossesse.</source>
            <extracomment>From resources/content/items/sante.toml: item[3].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sept séances de préparation à la naissance</source>
            <extracomment>From resources/content/items/sante.toml: item[4].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sept séances avec une sage-femme, prises en charge à 100 %, pour préparer l'accouchement et l'arrivée du bébé. Le second parent est le bienvenu.</source>
            <extracomment>From resources/content/items/sante.toml: item[4].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zéro alcool pendant la grossesse</source>
            <extracomment>From resources/content/items/sante.toml: item[5].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Il n'existe pas de petite quantité sans risque : l'alcool passe au bébé. Si c'est difficile d'arrêter, parlez-en à votre sage-femme ou appelez Alcool Info Service, gratuit et anonyme.</source>
            <extracomment>From resources/content/items/sante.toml: item[5].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alcool Info Service</source>
            <extracomment>From resources/content/items/sante.toml: item[5].link[0].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arrêter de fumer, se faire aider</source>
            <extracomment>From resources/content/items/sante.toml: item[6].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arrêter le tabac protège le bébé, à tout moment de la grossesse et après. Des professionnels peuvent vous aider gratuitement au 39 89 (Tabac Info Service). Pas de fumée dans la maison ni dans la voiture.</source>
            <extracomment>From resources/content/items/sante.toml: item[6].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tabac Info Service</source>
            <extracomment>From resources/content/items/sante.toml: item[6].link[0].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>L'examen postnatal de la mère</source>
            <extracomment>From resources/content/items/sante.toml: item[7].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Un examen obligatoire avec un médecin ou une sage-femme dans les 8 semaines après l'accouchement, en général entre la 6e et la 8e semaine, pris en charge à 100 %.</source>
            <extracomment>From resources/content/items/sante.toml: item[7].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Les dépistages du nouveau-né</source>
            <extracomment>From resources/content/items/sante.toml: item[8].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>À la maternité, on propose un test sur une goutte de sang du talon entre 48 et 72 heures de vie (13 maladies rares) et un test de l'audition. Ils sont gratuits et demandent votre accord.</source>
            <extracomment>From resources/content/items/sante.toml: item[8].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Les examens de santé de l'enfant</source>
            <extracomment>From resources/content/items/sante.toml: item[9].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>20 examens obligatoires jusqu'à 16 ans, dont 13 avant 3 ans, pris en charge à 100 %. Ils sont notés dans le carnet de santé ; ceux des 8 jours, du 9e mois et du 24e ou 25e mois donnent un certificat de santé. Le calendrier du Parcours les date pour votre enfant.</source>
            <extracomment>From resources/content/items/sante.toml: item[9].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Un examen des dents pendant la grossesse</source>
            <extracomment>From resources/content/items/sante.toml: item[10].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>À partir du 4e mois, un examen de prévention chez le dentiste est pris en charge à 100 %.</source>
            <extracomment>From resources/content/items/sante.toml: item[10].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vos congés de second parent : 3 + 4 + 21 jours</source>
            <extracomment>From resources/content/items/second-parent.toml: item[0].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le père ou le co-parent salarié a droit à 3 jours de congé de naissance, puis 4 jours de congé de paternité obligatoires juste après, puis 21 jours à prendre (28 pour des jumeaux) en une ou deux fois, dans les 6 mois qui suivent la naissance. Prévenez votre employeur de la date prévue au moins un mois avant.</source>
            <extracomment>From resources/content/items/second-parent.toml: item[0].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Congé de paternité et d'accueil de l'enfant (Service-Public.fr)</source>
            <extracomment>From resources/content/items/second-parent.toml: item[0].link[0].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Congé de 3 jours pour naissance (Service-Public.fr)</source>
            <extracomment>From resources/content/items/second-parent.toml: item[0].link[1].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Être là dès la grossesse</source>
            <extracomment>From resources/content/items/second-parent.toml: item[1].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le second parent salarié peut s'absenter pour trois examens prénataux, et il est le bienvenu à l'entretien prénatal précoce et aux séances de préparation à la naissance.</source>
            <extracomment>From resources/content/items/second-parent.toml: item[1].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prendre sa place dans les soins</source>
            <extracomment>From resources/content/items/second-parent.toml: item[2].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Peau à peau, bain, change, biberons ou nuits, promenades, jeux : le bébé s'attache aux deux parents à travers les soins de tous les jours. Partager ces moments aide aussi le parent qui a accouché à se reposer.</source>
            <extracomment>From resources/content/items/second-parent.toml: item[2].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le moral du second parent compte aussi</source>
            <extracomment>From resources/content/items/second-parent.toml: item[3].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Près d'un père sur dix connaît une dépression après la naissance. Le questionnaire du Parcours existe en version pour le second parent : faites-le pour vous, et parlez-en à un professionnel si ça ne va pas.</source>
            <extracomment>From resources/content/items/second-parent.toml: item[3].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ne jamais secouer un bébé</source>
            <extracomment>From resources/content/items/securite.toml: item[0].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Secouer un bébé peut le blesser gravement ou le tuer, même une seule fois. Si ses pleurs vous épuisent, couchez-le sur le dos dans son lit, sortez de la pièce, respirez, appelez quelqu'un. Les pleurs ne sont pas une faute : ni la sienne, ni la vôtre. Dites-le à toutes les personnes qui le gardent.</source>
            <extracomment>From resources/content/items/securite.toml: item[0].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Haute Autorité de santé</source>
            <extracomment>From resources/content/items/securite.toml: item[0].link[1].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>En voiture, dos à la route</source>
            <extracomment>From resources/content/items/securite.toml: item[1].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dès la sortie de la maternité, un siège auto adapté à sa taille, dos à la route le plus longtemps possible, bien attaché à chaque trajet, même court.</source>
            <extracomment>From resources/content/items/securite.toml: item[1].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Les accidents de la maison</source>
            <extracomment>From resources/content/items/securite.toml: item[2].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ne laissez jamais un enfant seul dans le bain ni sur la table à langer, même quelques secondes. Rangez en hauteur médicaments, produits ménagers et piles bouton, bloquez fenêtres et escaliers. En cas d'intoxication, appelez le centre antipoison ou le 15.</source>
            <extracomment>From resources/content/items/securite.toml: item[2].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Santé publique France</source>
            <extracomment>From resources/content/items/securite.toml: item[2].link[0].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coucher bébé sur le dos, dans son lit</source>
            <extracomment>From resources/content/items/sommeil.toml: item[0].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Toujours sur le dos, dans une turbulette (gigoteuse), sur un matelas ferme, dans son propre lit, sans oreiller, couette, tour de lit ni peluche. Idéalement dans la chambre des parents les 6 premiers mois, à 18-20 °C, sans fumée.</source>
            <extracomment>From resources/content/items/sommeil.toml: item[0].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le sommeil change avec l'âge</source>
            <extracomment>From resources/content/items/sommeil.toml: item[1].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Un nouveau-né se réveille souvent, de jour comme de nuit : c'est normal. Peu à peu, des repères calmes et réguliers le soir (bain, histoire, câlin) l'aident à s'endormir. Reposez-vous quand il dort et faites-vous relayer.</source>
            <extracomment>From resources/content/items/sommeil.toml: item[1].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Les vaccins pendant la grossesse</source>
            <extracomment>From resources/content/items/vaccins.toml: item[0].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le vaccin contre la coqueluche est recommandé, de préférence entre 20 et 36 SA. Un vaccin contre la bronchiolite (VRS) peut être proposé au 8e mois, entre 32 et 36 SA, selon la saison. Parlez-en à votre sage-femme ou à votre médecin.</source>
            <extracomment>From resources/content/items/vaccins.toml: item[0].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vaccination Info Service</source>
            <extracomment>From resources/content/items/vaccins.toml: item[0].link[0].title; resources/content/items/vaccins.toml: item[1].link[0].title; resources/content/items/vaccins.toml: item[2].link[0].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Les vaccins obligatoires du bébé</source>
            <extracomment>From resources/content/items/vaccins.toml: item[1].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Depuis 2025 : à 2 mois et 4 mois (hexavalent et pneumocoque), 3 et 5 mois (méningocoque B), 6 mois (méningocoques ACWY), 11 mois (rappels), 12 mois (ROR, méningocoques ACWY et B), puis ROR entre 16 et 18 mois. Ils sont nécessaires pour entrer en crèche ou chez une assistante maternelle.</source>
            <extracomment>From resources/content/items/vaccins.toml: item[1].message</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rotavirus et bronchiolite : des protections recommandées</source>
            <extracomment>From resources/content/items/vaccins.toml: item[2].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le vaccin contre le rotavirus (gastro-entérite) se donne par la bouche à partir de 6 semaines. Un traitement préventif contre la bronchiolite peut être proposé au bébé pendant sa première saison si la mère n'a pas été vaccinée. Ils sont recommandés, pas obligatoires.</source>
            <extracomment>From resources/content/items/vaccins.toml: item[2].message</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>directory</name>
        <message>
            <source>le nom est obligatoire.</source>
            <extracomment>From src/parcours_app/core/directory.py:77</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>le nom est trop long (%1 caractères au plus).</source>
            <extracomment>From src/parcours_app/core/directory.py:80</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>le champ « %1 » est trop long (%2 caractères au plus).</source>
            <extracomment>From src/parcours_app/core/directory.py:88</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>le téléphone « %1 » ne contient pas que des chiffres, espaces, + ou points.</source>
            <extracomment>From src/parcours_app/core/directory.py:97</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>l'adresse e-mail « %1 » n'est pas valide.</source>
            <extracomment>From src/parcours_app/core/directory.py:105</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>le site « %1 » doit être une adresse web complète (https://…).</source>
            <extracomment>From src/parcours_app/core/directory.py:111</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>un service est trop long (%1 caractères au plus).</source>
            <extracomment>From src/parcours_app/core/directory.py:121</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>seule une Maison des 1000 premiers jours a des services classés par composante.</source>
            <extracomment>From src/parcours_app/core/directory.py:127</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>trop de services (%1 au plus).</source>
            <extracomment>From src/parcours_app/core/directory.py:132</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ce fichier n'est pas un annuaire lisible (JSON invalide ligne %1, colonne %2).</source>
            <extracomment>From src/parcours_app/core/directory.py:178</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ce fichier n'est pas un annuaire exporté par Parcours 1000 jours.</source>
            <extracomment>From src/parcours_app/core/directory.py:185</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La version du fichier d'annuaire est absente ou illisible.</source>
            <extracomment>From src/parcours_app/core/directory.py:188</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ce fichier d'annuaire vient d'une version plus récente de l'application (format %1) : mettez-la à jour.</source>
            <extracomment>From src/parcours_app/core/directory.py:191</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le fichier d'annuaire ne contient pas de liste « places ».</source>
            <extracomment>From src/parcours_app/core/directory.py:200</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le fichier contient trop de lieux (%1 au plus).</source>
            <extracomment>From src/parcours_app/core/directory.py:203</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le fichier %1 est trop gros pour être un annuaire.</source>
            <extracomment>From src/parcours_app/core/directory.py:214</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le fichier %1 n'a pas pu être lu (%2).</source>
            <extracomment>From src/parcours_app/core/directory.py:219</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le fichier %1 n'est pas un texte UTF-8 : ce n'est pas un annuaire.</source>
            <extracomment>From src/parcours_app/core/directory.py:227</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>L'annuaire n'a pas pu être enregistré dans %1 (%2).</source>
            <extracomment>From src/parcours_app/core/directory.py:248</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ce n'est pas une fiche de lieu.</source>
            <extracomment>From src/parcours_app/core/directory.py:286</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>champ inconnu « %1 ».</source>
            <extracomment>From src/parcours_app/core/directory.py:290</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>le type de lieu « %1 » est inconnu.</source>
            <extracomment>From src/parcours_app/core/directory.py:297</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>le champ « %1 » doit être un texte.</source>
            <extracomment>From src/parcours_app/core/directory.py:304</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>« services » doit être une liste.</source>
            <extracomment>From src/parcours_app/core/directory.py:309</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>chaque service a une « component » et un texte « service ».</source>
            <extracomment>From src/parcours_app/core/directory.py:329</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>la composante « %1 » n'existe pas.</source>
            <extracomment>From src/parcours_app/core/directory.py:336</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fiche du lieu : %1</source>
            <extracomment>From src/parcours_app/core/directory.py:355</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lieu n° %1 du fichier : %2</source>
            <extracomment>From src/parcours_app/core/directory.py:356</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>epds</name>
        <message>
            <source>La question %1 n'a pas de réponse qui vaut %2 points.</source>
            <extracomment>From src/parcours_app/core/epds.py:68</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vos réponses montrent des signes importants de souffrance</source>
            <extracomment>From src/parcours_app/core/epds.py:115</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vos réponses montrent certains signes de souffrance</source>
            <extracomment>From src/parcours_app/core/epds.py:117</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vos réponses montrent peu de signes de souffrance</source>
            <extracomment>From src/parcours_app/core/epds.py:118</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Votre score est de %1 sur 30. Vous avez répondu « très souvent » à la question sur l'idée de vous faire du mal : quel que soit le score, c'est un signe important dont il faut parler sans attendre.</source>
            <extracomment>From src/parcours_app/core/epds.py:124</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Votre score est de %1 sur 30 (13 ou plus). Ce niveau est celui où un professionnel de santé doit vous écouter et vous proposer de l'aide : parlez-en dès que possible, cette semaine.</source>
            <extracomment>From src/parcours_app/core/epds.py:131</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Votre score est de %1 sur 30 (entre 9 et 12). Nous vous conseillons d'en parler bientôt, dans les prochains jours, à un professionnel de santé.</source>
            <extracomment>From src/parcours_app/core/epds.py:139</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Votre score est de %1 sur 30 (entre 9 et 12). Ces signes méritent d'être suivis : parlez-en à un professionnel de santé lors de votre prochain rendez-vous, ou avant si cela ne va pas mieux.</source>
            <extracomment>From src/parcours_app/core/epds.py:145</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Votre score est de %1 sur 30 (moins de 9), mais votre réponse à la question sur l'idée de vous faire du mal compte plus que le score : parlez-en à un professionnel de santé dans les prochains jours, ou tout de suite au 3114.</source>
            <extracomment>From src/parcours_app/core/epds.py:152</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Votre score est de %1 sur 30 (moins de 9). Si vous ne vous sentez pas bien pour autant, parlez-en : votre ressenti compte plus qu'un score. Vous pouvez refaire le questionnaire dans %2 jours.</source>
            <extracomment>From src/parcours_app/core/epds.py:159</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vous avez répondu que l'idée de vous faire du mal vous est venue ces 7 derniers jours. Vous pouvez en parler dès maintenant : le 3114 répond à toute heure, gratuitement. En cas de danger immédiat, appelez le 15 ou le 112.</source>
            <extracomment>From src/parcours_app/core/epds.py:170</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prenez rendez-vous rapidement avec la sage-femme ou le médecin qui vous suit (médecin traitant, gynécologue). Vous pouvez lui montrer ce résultat imprimé.</source>
            <extracomment>From src/parcours_app/core/epds.py:182</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parlez de votre humeur à la sage-femme ou au médecin qui vous suit, au prochain rendez-vous.</source>
            <extracomment>From src/parcours_app/core/epds.py:190</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La PMI (protection maternelle et infantile) de votre département reçoit gratuitement les parents : sages-femmes, puéricultrices et médecins peuvent vous écouter et vous orienter.</source>
            <extracomment>From src/parcours_app/core/epds.py:196</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>L'entretien postnatal précoce, entre la 4e et la 8e semaine après la naissance, est fait pour parler de ce que vous vivez, avec l'autre parent si vous le souhaitez.</source>
            <extracomment>From src/parcours_app/core/epds.py:203</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vous n'avez pas à attendre un rendez-vous pour être écouté : les numéros ci-dessous répondent gratuitement.</source>
            <extracomment>From src/parcours_app/core/epds.py:210</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ce questionnaire est une aide au repérage, pas un diagnostic : seul un professionnel de santé peut évaluer votre situation et vous accompagner.</source>
            <extracomment>From src/parcours_app/core/epds.py:219</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vos réponses restent sur cet ordinateur et ne sont envoyées nulle part. Rien n'est gardé, sauf si vous cochez « Garder ce résultat sur cet ordinateur ».</source>
            <extracomment>From src/parcours_app/core/epds.py:225</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>signes importants</source>
            <extracomment>From src/parcours_app/core/epds.py:236</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>certains signes</source>
            <extracomment>From src/parcours_app/core/epds.py:238</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>peu de signes</source>
            <extracomment>From src/parcours_app/core/epds.py:239</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>la mère</source>
            <extracomment>From src/parcours_app/core/epds.py:244</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>l'autre parent</source>
            <extracomment>From src/parcours_app/core/epds.py:245</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le questionnaire n'est proposé qu'en français et en anglais : ses scores ne sont valables que dans une traduction validée par une étude publiée, et l'application n'en contient pas encore pour votre langue. Vous pouvez choisir la langue qui vous est la plus facile.</source>
            <extracomment>From src/parcours_app/core/epds.py:257</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le fichier %1 est illisible : %2</source>
            <extracomment>From src/parcours_app/core/epds.py:274</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Texte manquant ou mal formé dans le questionnaire : %1</source>
            <extracomment>From src/parcours_app/core/epds.py:282</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le fichier %1 est incomplet : %2</source>
            <extracomment>From src/parcours_app/core/epds.py:304; src/parcours_app/core/epds.py:359</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le questionnaire n'existe qu'en français (fr) et en anglais (en), pas en « %1 ».</source>
            <extracomment>From src/parcours_app/core/epds.py:324</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 : les questions doivent aller de 1 à %2.</source>
            <extracomment>From src/parcours_app/core/epds.py:368</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 : la question %2 doit avoir 4 réponses valant 0 à 3 points.</source>
            <extracomment>From src/parcours_app/core/epds.py:373</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le questionnaire a %1 questions : %2 réponses ont été données. Répondez à chaque question.</source>
            <extracomment>From src/parcours_app/core/epds.py:384</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La réponse à la question %1 vaut « %2 » points : les réponses possibles valent de 0 à 3 points.</source>
            <extracomment>From src/parcours_app/core/epds.py:394</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La question %1 n'a pas de réponse numéro %2.</source>
            <extracomment>From src/parcours_app/core/epds.py:439</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>helplines</name>
        <message>
            <source>Le fichier %1 est illisible : %2</source>
            <extracomment>From src/parcours_app/core/helplines.py:61</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, entrée %2 : champs manquants ou source sans adresse https (%3).</source>
            <extracomment>From src/parcours_app/core/helplines.py:68</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, entrée %2 : %3</source>
            <extracomment>From src/parcours_app/core/helplines.py:91</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 : aucune ligne d'urgence (crisis = true).</source>
            <extracomment>From src/parcours_app/core/helplines.py:94</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>reminders</name>
        <message>
            <source>Rendez-vous bientôt</source>
            <extracomment>From src/parcours_app/core/reminders.py:101</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rendez-vous</source>
            <extracomment>From src/parcours_app/core/reminders.py:102</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 le %2 à %3, %4</source>
            <extracomment>From src/parcours_app/core/reminders.py:105</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 le %2 à %3</source>
            <extracomment>From src/parcours_app/core/reminders.py:107</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C'est le moment</source>
            <extracomment>From src/parcours_app/core/reminders.py:112</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 : à faire jusqu'au %2.</source>
            <extracomment>From src/parcours_app/core/reminders.py:113</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date limite proche</source>
            <extracomment>From src/parcours_app/core/reminders.py:115</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 : dernier jour le %2.</source>
            <extracomment>From src/parcours_app/core/reminders.py:116</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>rules</name>
        <message>
            <source>Déclarer la naissance à la mairie</source>
            <extracomment>From resources/rules/birth.toml: rule[0].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La naissance se déclare à la mairie du lieu de naissance dans les 5 jours qui suivent (le jour de la naissance ne compte pas). Si le dernier jour tombe un samedi, un dimanche ou un jour férié, le délai va jusqu'au jour ouvré suivant. Au-delà, il faut passer par le tribunal. Beaucoup de maternités ont un bureau d'état civil sur place.</source>
            <extracomment>From resources/rules/birth.toml: rule[0].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entretien postnatal précoce</source>
            <extracomment>From resources/rules/birth.toml: rule[1].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Un entretien obligatoire entre la 4e et la 8e semaine après la naissance, pour parler de votre santé, de votre moral et de l'aide dont vous avez besoin. Le second parent peut y participer.</source>
            <extracomment>From resources/rules/birth.toml: rule[1].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Second entretien postnatal</source>
            <extracomment>From resources/rules/birth.toml: rule[2].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Un second entretien peut être proposé entre la 10e et la 14e semaine après la naissance, après un premier enfant ou quand le premier entretien a repéré des signes de fragilité.</source>
            <extracomment>From resources/rules/birth.toml: rule[2].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen postnatal de la mère</source>
            <extracomment>From resources/rules/birth.toml: rule[3].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Un examen médical obligatoire de la mère dans les 8 semaines qui suivent l'accouchement, pris en charge à 100 %. En pratique, il a lieu entre la 6e et la 8e semaine.</source>
            <extracomment>From resources/rules/birth.toml: rule[3].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Faire le point sur votre moral (5e semaine)</source>
            <extracomment>From resources/rules/birth.toml: rule[4].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Un questionnaire de 10 questions (EPDS) pour faire le point sur vos sept derniers jours. Ce n'est pas un diagnostic : il aide à savoir s'il faut en parler à un professionnel. Il vaut aussi pour le second parent. Les réponses restent sur cet ordinateur.</source>
            <extracomment>From resources/rules/birth.toml: rule[4].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refaire le point sur votre moral (12e semaine)</source>
            <extracomment>From resources/rules/birth.toml: rule[5].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le même questionnaire (EPDS), au début de la 12e semaine après la naissance. La fatigue et le moral peuvent changer plusieurs semaines après l'accouchement, pour l'un ou l'autre parent.</source>
            <extracomment>From resources/rules/birth.toml: rule[5].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen de l'enfant dans les 8 jours</source>
            <extracomment>From resources/rules/child-exams.toml: rule[0].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le premier examen obligatoire, dans les 8 jours après la naissance, souvent à la maternité. Il donne lieu au 1er certificat de santé. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[0].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen de l'enfant (2e semaine)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[1].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen obligatoire au cours de la 2e semaine de vie : poids, alimentation, sommeil, ictère. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[1].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen de l'enfant (2e mois)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[2].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen obligatoire au cours du 2e mois de vie : croissance, développement, vaccins du moment. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[2].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen de l'enfant (3e mois)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[3].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen obligatoire au cours du 3e mois de vie : croissance, développement, vaccins du moment. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[3].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen de l'enfant (4e mois)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[4].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen obligatoire au cours du 4e mois de vie : croissance, développement, vaccins du moment. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[4].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen de l'enfant (5e mois)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[5].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen obligatoire au cours du 5e mois de vie : croissance, développement, vaccins du moment. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[5].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen de l'enfant (6e mois)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[6].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen obligatoire au cours du 6e mois de vie : croissance, développement, vaccins du moment. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[6].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen de l'enfant (9e mois)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[7].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen obligatoire au cours du 9e mois de vie. Il donne lieu au 2e certificat de santé. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[7].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen de l'enfant (12e mois)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[8].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen obligatoire au cours du 12e mois de vie. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[8].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen de l'enfant (13e mois)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[9].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen obligatoire au cours du 13e mois de vie. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[9].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen de l'enfant (entre 16 et 18 mois)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[10].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen obligatoire entre 16 et 18 mois. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[10].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen de l'enfant (24e ou 25e mois)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[11].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen obligatoire au cours du 24e ou du 25e mois. Il donne lieu au 3e certificat de santé. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[11].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen de l'enfant (3e année)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[12].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen obligatoire au cours de la 3e année de vie (entre 2 et 3 ans). Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[12].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen de l'enfant (4e année)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[13].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen obligatoire au cours de la 4e année de vie (entre 3 et 4 ans). Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[13].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen de l'enfant (5e année)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[14].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen obligatoire au cours de la 5e année de vie (entre 4 et 5 ans). Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[14].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen de l'enfant (6e année)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[15].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen obligatoire au cours de la 6e année de vie (entre 5 et 6 ans). Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[15].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen de l'enfant (7e année)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[16].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen obligatoire au cours de la 7e année de vie (entre 6 et 7 ans). Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[16].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen de l'enfant (entre 8 et 9 ans)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[17].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen obligatoire entre 8 et 9 ans. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[17].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen de l'enfant (entre 11 et 13 ans)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[18].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen obligatoire entre 11 et 13 ans. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[18].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen de l'adolescent (entre 15 et 16 ans)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[19].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen obligatoire entre 15 et 16 ans. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[19].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Congé de maternité</source>
            <extracomment>From resources/rules/leave.toml: rule[0].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Votre congé de maternité : %1 semaines avant le terme et %2 semaines après la naissance. Si le bébé naît en avance, la durée totale n'est pas réduite ; s'il naît après le terme, le congé après la naissance reste entier. Au moins 8 semaines d'arrêt sont obligatoires, dont 6 après la naissance.</source>
            <extracomment>From resources/rules/leave.toml: rule[0].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Les travailleuses indépendantes ont des règles proches mais différentes : renseignez-vous auprès de votre caisse.</source>
            <extracomment>From resources/rules/leave.toml: rule[0].advice</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Congé pathologique avant la naissance</source>
            <extracomment>From resources/rules/leave.toml: rule[1].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sur prescription, en cas d'état pathologique lié à la grossesse : jusqu'à 2 semaines (ici %1 jours) avant le congé de maternité, indemnisées comme lui. Ils peuvent être pris en plusieurs fois, dès la déclaration de grossesse.</source>
            <extracomment>From resources/rules/leave.toml: rule[1].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Congé pathologique après la naissance</source>
            <extracomment>From resources/rules/leave.toml: rule[2].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sur prescription, en cas d'état pathologique lié à l'accouchement : jusqu'à 4 semaines (ici %1 jours) juste après le congé de maternité, indemnisées comme un arrêt maladie.</source>
            <extracomment>From resources/rules/leave.toml: rule[2].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prévenir l'employeur du congé de paternité</source>
            <extracomment>From resources/rules/leave.toml: rule[3].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le second parent salarié informe son employeur de la date prévue de l'accouchement au moins un mois avant, puis des dates de chaque période de congé au moins un mois avant qu'elle commence.</source>
            <extracomment>From resources/rules/leave.toml: rule[3].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Congé de naissance (3 jours)</source>
            <extracomment>From resources/rules/leave.toml: rule[4].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3 jours ouvrables payés par l'employeur, obligatoires, qui commencent le jour de la naissance ou le premier jour ouvrable suivant, au choix du salarié. Les dimanches et les jours fériés ne comptent pas.</source>
            <extracomment>From resources/rules/leave.toml: rule[4].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Congé de paternité : 4 jours obligatoires</source>
            <extracomment>From resources/rules/leave.toml: rule[5].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>4 jours calendaires obligatoires juste après le congé de naissance (%1 jours ici). Si le bébé est hospitalisé dès la naissance, cette période est prolongée pendant l'hospitalisation, jusqu'à 30 jours.</source>
            <extracomment>From resources/rules/leave.toml: rule[5].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Congé de paternité : les jours restants</source>
            <extracomment>From resources/rules/leave.toml: rule[6].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Les %1 jours calendaires restants du congé de paternité et d'accueil de l'enfant se prennent en une ou deux fois (au moins 5 jours chacune), à terminer au plus tard à la fin de la période indiquée. Prévenez l'employeur un mois avant chaque période.</source>
            <extracomment>From resources/rules/leave.toml: rule[6].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Congé supplémentaire de naissance</source>
            <extracomment>From resources/rules/leave.toml: rule[7].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nouveau depuis la loi de financement de la sécurité sociale pour 2026 : pour un enfant né à partir du 1er janvier 2026, chaque parent peut prendre 1 ou 2 mois, en une ou deux fois, après avoir épuisé son congé de maternité ou de paternité, et pas avant le 1er juillet 2026. La fin de la période (annoncée aux 9 mois de l'enfant, ou fin 2026 pour les enfants nés jusqu'au 31 mai 2026) et le montant de l'indemnité dépendent d'un décret : vérifiez auprès de votre caisse.</source>
            <extracomment>From resources/rules/leave.toml: rule[7].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rentrée à l'école (instruction obligatoire)</source>
            <extracomment>From resources/rules/milestones.toml: rule[0].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>L'instruction est obligatoire à partir de la rentrée de septembre de l'année civile des 3 ans de l'enfant. Inscrivez-le d'abord à la mairie, puis à l'école, au printemps précédent.</source>
            <extracomment>From resources/rules/milestones.toml: rule[0].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Les 1000 premiers jours</source>
            <extracomment>From resources/rules/milestones.toml: rule[1].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Les 1000 premiers jours vont du 4e mois de grossesse aux 2 ans de l'enfant : une période clé pour sa santé et son développement, et pour les parents.</source>
            <extracomment>From resources/rules/milestones.toml: rule[1].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1er examen prénatal</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[0].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le premier des 7 examens prénataux obligatoires, avant la fin du 3e mois de grossesse. Le médecin ou la sage-femme confirme la grossesse, prescrit les premières analyses de sang et remplit la déclaration de grossesse.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[0].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2e examen prénatal (4e mois)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[1].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen prénatal obligatoire du 4e mois de grossesse, pris en charge à 100 %.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[1].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3e examen prénatal (5e mois)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[2].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen prénatal obligatoire du 5e mois de grossesse, pris en charge à 100 %.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[2].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>4e examen prénatal (6e mois)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[3].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen prénatal obligatoire du 6e mois de grossesse. Une prise de sang recherche l'hépatite B et vérifie la numération sanguine.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[3].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5e examen prénatal (7e mois)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[4].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen prénatal obligatoire du 7e mois de grossesse, pris en charge à 100 %.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[4].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>6e examen prénatal (8e mois)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[5].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen prénatal obligatoire du 8e mois de grossesse. C'est aussi le mois de la consultation avec l'anesthésiste.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[5].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>7e examen prénatal (9e mois)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[6].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dernier examen prénatal obligatoire, au 9e mois de grossesse, en général à la maternité.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[6].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Déclarer la grossesse</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[7].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La déclaration de grossesse doit parvenir à l'Assurance Maladie et à la Caf dans les 14 premières semaines de grossesse. Le médecin ou la sage-femme la fait en ligne lors du 1er examen prénatal.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[7].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conseil : faites-la dès le 1er examen, avant la fin du 3e mois de grossesse.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[7].advice</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entretien prénatal précoce</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[8].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Un temps d'échange obligatoire, seule ou en couple, pour parler de la grossesse, de vos besoins et de l'arrivée du bébé. Il est conseillé dès le 4e mois, mais il n'est jamais trop tard.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[8].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1re échographie (vers 12 SA)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[9].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Échographie recommandée du 1er trimestre, entre 11 SA et 13 SA + 6 j. Elle date précisément la grossesse : la date de début de grossesse qu'elle donne sert pour tout le suivi.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[9].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2e échographie (vers 22 SA)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[10].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Échographie recommandée du 2e trimestre, vers 22 SA (entre 20 SA et 24 SA + 6 j) : elle vérifie la croissance et l'anatomie du bébé.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[10].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3e échographie (vers 32 SA)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[11].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Échographie recommandée du 3e trimestre, vers 32 SA (entre 30 SA et 34 SA + 6 j) : elle vérifie la croissance et la position du bébé.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[11].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prise en charge à 100 % de tous les soins</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[12].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Du 1er jour du 6e mois de grossesse au 12e jour après l'accouchement, l'Assurance Maladie rembourse à 100 % tous les soins remboursables, même sans lien avec la grossesse.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[12].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consultation d'anesthésie (8e mois)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[13].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consultation avec l'anesthésiste de la maternité au 8e mois, qu'une péridurale soit prévue ou non. Elle est prise en charge à 100 %.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[13].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bilan bucco-dentaire offert</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[14].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Un examen de prévention chez le dentiste est pris en charge à 100 % à partir du 4e mois de grossesse. Les changements de la grossesse fragilisent les gencives : mieux vaut le faire avant l'accouchement.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[14].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vaccins des 2 mois</source>
            <extracomment>From resources/rules/vaccines.toml: rule[0].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diphtérie, tétanos, coqueluche, poliomyélite, Haemophilus influenzae b, hépatite B (vaccin hexavalent, 1re dose) et pneumocoque (1re dose). Le vaccin contre le rotavirus, recommandé, peut commencer à cet âge. Ces vaccins sont obligatoires pour entrer en crèche, chez une assistante maternelle ou à l'école.</source>
            <extracomment>From resources/rules/vaccines.toml: rule[0].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vaccin des 3 mois</source>
            <extracomment>From resources/rules/vaccines.toml: rule[1].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Méningocoque B (1re dose), obligatoire pour les enfants nés depuis 2025. Ces vaccins sont obligatoires pour entrer en crèche, chez une assistante maternelle ou à l'école.</source>
            <extracomment>From resources/rules/vaccines.toml: rule[1].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vaccins des 4 mois</source>
            <extracomment>From resources/rules/vaccines.toml: rule[2].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vaccin hexavalent (2e dose) et pneumocoque (2e dose). Ces vaccins sont obligatoires pour entrer en crèche, chez une assistante maternelle ou à l'école.</source>
            <extracomment>From resources/rules/vaccines.toml: rule[2].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vaccin des 5 mois</source>
            <extracomment>From resources/rules/vaccines.toml: rule[3].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Méningocoque B (2e dose). Ces vaccins sont obligatoires pour entrer en crèche, chez une assistante maternelle ou à l'école.</source>
            <extracomment>From resources/rules/vaccines.toml: rule[3].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vaccin des 6 mois</source>
            <extracomment>From resources/rules/vaccines.toml: rule[4].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Méningocoques A, C, W, Y (1re dose). Ces vaccins sont obligatoires pour entrer en crèche, chez une assistante maternelle ou à l'école.</source>
            <extracomment>From resources/rules/vaccines.toml: rule[4].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rappels des 11 mois</source>
            <extracomment>From resources/rules/vaccines.toml: rule[5].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rappels du vaccin hexavalent et du pneumocoque. Ces vaccins sont obligatoires pour entrer en crèche, chez une assistante maternelle ou à l'école.</source>
            <extracomment>From resources/rules/vaccines.toml: rule[5].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vaccins des 12 mois</source>
            <extracomment>From resources/rules/vaccines.toml: rule[6].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rougeole, oreillons, rubéole (1re dose), rappel méningocoques A, C, W, Y et rappel méningocoque B. Ces vaccins sont obligatoires pour entrer en crèche, chez une assistante maternelle ou à l'école.</source>
            <extracomment>From resources/rules/vaccines.toml: rule[6].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vaccin entre 16 et 18 mois</source>
            <extracomment>From resources/rules/vaccines.toml: rule[7].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rougeole, oreillons, rubéole (2e dose). Ces vaccins sont obligatoires pour entrer en crèche, chez une assistante maternelle ou à l'école.</source>
            <extracomment>From resources/rules/vaccines.toml: rule[7].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vaccin contre le rotavirus (recommandé)</source>
            <extracomment>From resources/rules/vaccines.toml: rule[8].title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommandé, non obligatoire : 2 ou 3 doses à avaler, à partir de 6 semaines, à 2, 3 (et 4) mois. La 1re dose se donne au plus tard à 4 mois ; il protège des gastro-entérites graves du nourrisson.</source>
            <extracomment>From resources/rules/vaccines.toml: rule[8].explanation</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>samples</name>
        <message>
            <source>Famille Exemple A : grossesse de 2 mois</source>
            <extracomment>From resources/samples/families.toml: family[0].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Une grossesse qui commence : déclaration, premiers examens, première échographie.</source>
            <extracomment>From resources/samples/families.toml: family[0].description</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Famille Exemple B : grossesse de 5 mois</source>
            <extracomment>From resources/samples/families.toml: family[1].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le milieu de la grossesse : entretien prénatal, échographie du 2e trimestre, congés à préparer.</source>
            <extracomment>From resources/samples/families.toml: family[1].description</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Famille Exemple C : grossesse de 8 mois, un aîné de 2 ans et demi</source>
            <extracomment>From resources/samples/families.toml: family[2].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La naissance approche : congé de maternité, congés du second parent, mode d'accueil de l'aîné.</source>
            <extracomment>From resources/samples/families.toml: family[2].description</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Famille Exemple D : bébé de 10 jours</source>
            <extracomment>From resources/samples/families.toml: family[3].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Les premiers jours : déclaration de naissance, examens du bébé, congés du second parent.</source>
            <extracomment>From resources/samples/families.toml: family[3].description</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Famille Exemple E : bébé de 6 semaines</source>
            <extracomment>From resources/samples/families.toml: family[4].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entretien postnatal, examen de la mère, premiers vaccins à 2 mois, moral des deux parents.</source>
            <extracomment>From resources/samples/families.toml: family[4].description</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Famille Exemple F : bébé de 7 mois</source>
            <extracomment>From resources/samples/families.toml: family[5].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diversification, sommeil, sécurité à la maison, mode d'accueil.</source>
            <extracomment>From resources/samples/families.toml: family[5].description</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Famille Exemple G : enfant de 18 mois</source>
            <extracomment>From resources/samples/families.toml: family[6].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examens et vaccins de la 2e année, écrans, langage et éveil.</source>
            <extracomment>From resources/samples/families.toml: family[6].description</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>selftest_pdf</name>
        <message>
            <source>Résumé du questionnaire EPDS</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:83</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>storage</name>
        <message>
            <source>Impossible d'écrire dans le dossier de données %1. Vérifiez qu'il vous appartient et qu'il n'est pas en lecture seule, ou choisissez un autre dossier avec --data-dir.</source>
            <extracomment>From src/parcours_app/storage/errors.py:25</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parcours 1000 jours est déjà ouvert sur le dossier %1 (processus %2). Fermez l'autre fenêtre ou l'autre commande, puis réessayez : deux programmes qui écrivent en même temps pourraient abîmer vos données.</source>
            <extracomment>From src/parcours_app/storage/errors.py:40</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le fichier %1 a été enregistré par une version plus récente de Parcours 1000 jours (schéma %2). Installez cette version plus récente pour l'ouvrir. Le fichier n'a pas été modifié.</source>
            <extracomment>From src/parcours_app/storage/errors.py:57</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le fichier %1 n'est pas une base de données de Parcours 1000 jours. Il n'a pas été modifié ; choisissez un autre dossier de données avec --data-dir.</source>
            <extracomment>From src/parcours_app/storage/errors.py:73</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le fichier de données était abîmé (%1). Il a été mis de côté dans %2 sans être effacé. La dernière sauvegarde en bon état date du %3 : vous pouvez la restaurer.</source>
            <extracomment>From src/parcours_app/storage/errors.py:88</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le fichier de données était abîmé (%1). Il a été mis de côté dans %2 sans être effacé. Aucune sauvegarde en bon état n'a été trouvée : Parcours repart d'un dossier vide.</source>
            <extracomment>From src/parcours_app/storage/errors.py:95</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le fichier de données est abîmé (%1). Fermez Parcours 1000 jours et rouvrez-le : le fichier sera mis de côté et une sauvegarde vous sera proposée.</source>
            <extracomment>From src/parcours_app/storage/errors.py:102</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le disque est plein : la modification n'a pas été enregistrée (%1). Libérez de la place puis réessayez ; les données déjà enregistrées sont intactes.</source>
            <extracomment>From src/parcours_app/storage/errors.py:117</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La modification n'a pas pu être enregistrée (%1). Les données déjà enregistrées sont intactes.</source>
            <extracomment>From src/parcours_app/storage/errors.py:132</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le dossier %1 contient déjà des données. Pour les remplacer par celles du fichier, relancez avec --replace (une sauvegarde est faite avant).</source>
            <extracomment>From src/parcours_app/storage/errors.py:158</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aucune donnée enregistrée ici : %1 n'existe pas.</source>
            <extracomment>From src/parcours_app/storage/errors.py:170</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>styles</name>
        <message>
            <source>Sombre</source>
            <extracomment>From resources/styles/dark.toml: label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contraste élevé</source>
            <extracomment>From resources/styles/high-contrast.toml: label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clair</source>
            <extracomment>From resources/styles/light.toml: label</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
