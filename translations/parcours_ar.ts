<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="fr">
    <context>
        <name>Dating</name>
        <message>
            <source>%1 SA + %2 j</source>
            <extracomment>From src/parcours_app/core/dating.py:84</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 j</source>
            <extracomment>From src/parcours_app/core/dating.py:113</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 mois + %2 j</source>
            <extracomment>From src/parcours_app/core/dating.py:114</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La date %1 est avant la naissance (%2).</source>
            <extracomment>From src/parcours_app/core/dating.py:120</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La durée du cycle doit être comprise entre %1 et %2 jours (vous avez indiqué %3).</source>
            <extracomment>From src/parcours_app/core/dating.py:137</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le nombre de bébés attendus doit être 1, 2 ou 3 (3 pour trois ou plus).</source>
            <extracomment>From src/parcours_app/core/dating.py:145</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le nombre d'enfants déjà nés ne peut pas être négatif.</source>
            <extracomment>From src/parcours_app/core/dating.py:147</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La date de début de grossesse (%1) et le terme (%2) ne concordent pas : corrigez l'une des deux.</source>
            <extracomment>From src/parcours_app/core/dating.py:157</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La date des dernières règles (%1) et le terme (%2) ne concordent pas : corrigez l'une des deux.</source>
            <extracomment>From src/parcours_app/core/dating.py:167</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La date des dernières règles (%1) et la date de début de grossesse (%2) ne concordent pas : corrigez l'une des deux.</source>
            <extracomment>From src/parcours_app/core/dating.py:180</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indiquez au moins une date : les dernières règles, le début de grossesse, le terme prévu ou la naissance.</source>
            <extracomment>From src/parcours_app/core/dating.py:195</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La date de naissance (%1) est avant le début de la grossesse (%2) : vérifiez les dates.</source>
            <extracomment>From src/parcours_app/core/dating.py:217</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La date de naissance (%1) tombe avant 22 SA de cette grossesse : vérifiez la naissance ou les dates de la grossesse.</source>
            <extracomment>From src/parcours_app/core/dating.py:225</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La date de naissance (%1) est plus de 4 semaines après le terme (%2) : vérifiez les dates.</source>
            <extracomment>From src/parcours_app/core/dating.py:233</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La date de naissance (%1) est après aujourd'hui (%2) : indiquez une naissance passée ou le terme prévu.</source>
            <extracomment>From src/parcours_app/core/dating.py:244</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le terme (%1) est à plus de 10 mois d'aujourd'hui (%2) : vérifiez l'année et le mois.</source>
            <extracomment>From src/parcours_app/core/dating.py:250</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Cette famille n’a pas encore d’enfant né : exportez tout le parcours, sans choisir d’enfant.</source>
            <extracomment>From src/parcours_app/export/formats.py:79</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aucun enfant n’a la clé « %1 ». Clés connues : %2.</source>
            <extracomment>From src/parcours_app/export/formats.py:82</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>le %1</source>
            <extracomment>From src/parcours_app/export/formats.py:127</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>du %1 au %2</source>
            <extracomment>From src/parcours_app/export/formats.py:128</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Format « %1 » inconnu : choisissez ics ou pdf.</source>
            <extracomment>From src/parcours_app/export/formats.py:197</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grossesse</source>
            <extracomment>From src/parcours_app/export/ics.py:55</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Démarches</source>
            <extracomment>From src/parcours_app/export/ics.py:56</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Congés</source>
            <extracomment>From src/parcours_app/export/ics.py:57</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Après la naissance</source>
            <extracomment>From src/parcours_app/export/ics.py:58</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examens de l’enfant</source>
            <extracomment>From src/parcours_app/export/ics.py:59</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vaccins</source>
            <extracomment>From src/parcours_app/export/ics.py:60</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Auto-questionnaire</source>
            <extracomment>From src/parcours_app/export/ics.py:61</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Étapes de vie</source>
            <extracomment>From src/parcours_app/export/ics.py:62</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parcours 1000 jours</source>
            <extracomment>From src/parcours_app/export/ics.py:69</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>étapes obligatoires</source>
            <extracomment>From src/parcours_app/export/ics.py:75</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calendrier personnel des 1000 premiers jours, établi le %1.</source>
            <extracomment>From src/parcours_app/export/ics.py:109</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Début : %1</source>
            <extracomment>From src/parcours_app/export/ics.py:250</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dernier jour : %1</source>
            <extracomment>From src/parcours_app/export/ics.py:258</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>À partir d’aujourd’hui : %1</source>
            <extracomment>From src/parcours_app/export/ics.py:265</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obligatoire</source>
            <extracomment>From src/parcours_app/export/ics.py:284</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quand : %1</source>
            <extracomment>From src/parcours_app/export/ics.py:291</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Idéalement vers le %1</source>
            <extracomment>From src/parcours_app/export/ics.py:293</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qui voir : %1</source>
            <extracomment>From src/parcours_app/export/ics.py:295</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>À prévoir : %1</source>
            <extracomment>From src/parcours_app/export/ics.py:297</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conseil : %1</source>
            <extracomment>From src/parcours_app/export/ics.py:299</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Étape obligatoire.</source>
            <extracomment>From src/parcours_app/export/ics.py:301</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Étape recommandée.</source>
            <extracomment>From src/parcours_app/export/ics.py:301</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date estimée d’après le terme prévu : elle sera recalculée après la naissance.</source>
            <extracomment>From src/parcours_app/export/ics.py:304</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fait le %1.</source>
            <extracomment>From src/parcours_app/export/ics.py:306</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source officielle : %1, %2 (vérifiée le %3)</source>
            <extracomment>From src/parcours_app/export/ics.py:310</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aujourd’hui : %1</source>
            <extracomment>From src/parcours_app/export/ics.py:322</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Demain : %1</source>
            <extracomment>From src/parcours_app/export/ics.py:324</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dans %1 jours : %2</source>
            <extracomment>From src/parcours_app/export/ics.py:326</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rendez-vous</source>
            <extracomment>From src/parcours_app/export/ics.py:345</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source officielle : %1, %2</source>
            <extracomment>From src/parcours_app/export/ics.py:362</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rendez-vous : %1</source>
            <extracomment>From src/parcours_app/export/ics.py:375</extracomment>
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
        <name>content</name>
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
            <extracomment>From resources/content/catalog.toml: priority[1].title</extracomment>
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
    </context>
    <context>
        <name>epds</name>
        <message>
            <source>La question %1 n'a pas de réponse qui vaut %2 points.</source>
            <extracomment>From src/parcours_app/core/epds.py:67</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vos réponses montrent des signes importants de souffrance</source>
            <extracomment>From src/parcours_app/core/epds.py:113</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vos réponses montrent certains signes de souffrance</source>
            <extracomment>From src/parcours_app/core/epds.py:115</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vos réponses montrent peu de signes de souffrance</source>
            <extracomment>From src/parcours_app/core/epds.py:116</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Votre score est de %1 sur 30. Vous avez répondu « très souvent » à la question sur l'idée de vous faire du mal : quel que soit le score, c'est un signe important dont il faut parler sans attendre.</source>
            <extracomment>From src/parcours_app/core/epds.py:122</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Votre score est de %1 sur 30 (13 ou plus). Ce niveau est celui où un professionnel de santé doit vous écouter et vous proposer de l'aide : parlez-en dès que possible, cette semaine.</source>
            <extracomment>From src/parcours_app/core/epds.py:129</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Votre score est de %1 sur 30 (entre 9 et 12). Nous vous conseillons d'en parler bientôt, dans les prochains jours, à un professionnel de santé.</source>
            <extracomment>From src/parcours_app/core/epds.py:137</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Votre score est de %1 sur 30 (entre 9 et 12). Ces signes méritent d'être suivis : parlez-en à un professionnel de santé lors de votre prochain rendez-vous, ou avant si cela ne va pas mieux.</source>
            <extracomment>From src/parcours_app/core/epds.py:143</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Votre score est de %1 sur 30 (moins de 9). Si vous ne vous sentez pas bien pour autant, parlez-en : votre ressenti compte plus qu'un score. Vous pouvez refaire le questionnaire dans %2 jours.</source>
            <extracomment>From src/parcours_app/core/epds.py:149</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vous avez répondu que l'idée de vous faire du mal vous est venue ces 7 derniers jours. Vous pouvez en parler dès maintenant : le 3114 répond à toute heure, gratuitement. En cas de danger immédiat, appelez le 15 ou le 112.</source>
            <extracomment>From src/parcours_app/core/epds.py:160</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prenez rendez-vous rapidement avec la sage-femme ou le médecin qui vous suit (médecin traitant, gynécologue). Vous pouvez lui montrer ce résultat imprimé.</source>
            <extracomment>From src/parcours_app/core/epds.py:172</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parlez de votre humeur à la sage-femme ou au médecin qui vous suit, au prochain rendez-vous.</source>
            <extracomment>From src/parcours_app/core/epds.py:180</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La PMI (protection maternelle et infantile) de votre département reçoit gratuitement les parents : sages-femmes, puéricultrices et médecins peuvent vous écouter et vous orienter.</source>
            <extracomment>From src/parcours_app/core/epds.py:186</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>L'entretien postnatal précoce, entre la 4e et la 8e semaine après la naissance, est fait pour parler de ce que vous vivez, avec l'autre parent si vous le souhaitez.</source>
            <extracomment>From src/parcours_app/core/epds.py:193</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vous n'avez pas à attendre un rendez-vous pour être écouté : les numéros ci-dessous répondent gratuitement.</source>
            <extracomment>From src/parcours_app/core/epds.py:200</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ce questionnaire est une aide au repérage, pas un diagnostic : seul un professionnel de santé peut évaluer votre situation et vous accompagner.</source>
            <extracomment>From src/parcours_app/core/epds.py:209</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vos réponses restent sur cet ordinateur et ne sont envoyées nulle part. Rien n'est gardé, sauf si vous cochez « Garder ce résultat sur cet ordinateur ».</source>
            <extracomment>From src/parcours_app/core/epds.py:215</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>signes importants</source>
            <extracomment>From src/parcours_app/core/epds.py:226</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>certains signes</source>
            <extracomment>From src/parcours_app/core/epds.py:228</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>peu de signes</source>
            <extracomment>From src/parcours_app/core/epds.py:229</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>la mère</source>
            <extracomment>From src/parcours_app/core/epds.py:234</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>l'autre parent</source>
            <extracomment>From src/parcours_app/core/epds.py:235</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le questionnaire n'est proposé qu'en français et en anglais : ses scores ne sont valables que dans une traduction validée par une étude publiée, et l'application n'en contient pas encore pour votre langue. Vous pouvez choisir la langue qui vous est la plus facile.</source>
            <extracomment>From src/parcours_app/core/epds.py:247</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le fichier %1 est illisible : %2</source>
            <extracomment>From src/parcours_app/core/epds.py:264</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Texte manquant ou mal formé dans le questionnaire : %1</source>
            <extracomment>From src/parcours_app/core/epds.py:272</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le fichier %1 est incomplet : %2</source>
            <extracomment>From src/parcours_app/core/epds.py:294; src/parcours_app/core/epds.py:345</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le questionnaire n'existe qu'en français (fr) et en anglais (en), pas en « %1 ».</source>
            <extracomment>From src/parcours_app/core/epds.py:314</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 : les questions doivent aller de 1 à %2.</source>
            <extracomment>From src/parcours_app/core/epds.py:353</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 : la question %2 doit avoir 4 réponses valant 0 à 3 points.</source>
            <extracomment>From src/parcours_app/core/epds.py:357</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le questionnaire a %1 questions : %2 réponses ont été données. Répondez à chaque question.</source>
            <extracomment>From src/parcours_app/core/epds.py:364</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La réponse à la question %1 vaut « %2 » points : les réponses possibles valent de 0 à 3 points.</source>
            <extracomment>From src/parcours_app/core/epds.py:374</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La question %1 n'a pas de réponse numéro %2.</source>
            <extracomment>From src/parcours_app/core/epds.py:417</extracomment>
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
</TS>
