<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="fr">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/about_dialog.py" line="+53" />
            <location line="+1" />
            <source>À propos de Parcours 1000 jours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Informations sur l'application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Fermer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Version %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Règles françaises : version %1, vérifiées le %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Vos données restent sur cet ordinateur, dans votre dossier personnel, lisibles par vous seul. L'application ne se connecte jamais à Internet, n'a pas de compte et n'envoie rien.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Chaque règle et chaque lien citent leur source officielle (Légifrance, ameli, service-public, ministère de la Santé, Santé publique France) et la date de leur vérification. La liste complète est dans le parcours, sur chaque étape, et dans le fichier RULES.md fourni avec l'application.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>L'auto-questionnaire est une aide au repérage, jamais un diagnostic. En cas de détresse, appelez le 3114 (à toute heure), le 15 ou le 112.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Licence : EUPL 1.2, logiciel libre.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../src/parcours_app/ui/app.py" line="+169" />
            <source>Parcours 1000 jours</source>
            <translation type="unfinished">Parcours 1000 jours (مسار الألف يوم)</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Aujourd'hui</source>
            <translation type="unfinished">اليوم</translation>
        </message>
        <message>
            <location line="+122" />
            <source>Supprimer toutes les données</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Toutes les dates, les étapes cochées, les notes, les rendez-vous et les résultats d'auto-test de cet ordinateur seront effacés. Cette action est définitive. Continuer ?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AppointmentDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/journey/appointment_dialog.py" line="+79" />
            <source>Ajouter un rendez-vous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Modifier le rendez-vous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Rendez-vous pour : %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Heure :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Lieu :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Note :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Date du rendez-vous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Heure du rendez-vous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Lieu du rendez-vous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cabinet, maternité, PMI…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Note sur le rendez-vous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Enregistrer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Annuler</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+47" />
            <source>Supprimer le rendez-vous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Supprimer le rendez-vous du %1 ?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CalendarExportDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/export_dialogs.py" line="+247" />
            <source>parcours-1000-jours.ics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Enregistrer le calendrier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Calendrier (*.ics)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <location line="+4" />
            <source>Ajouter à mon agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Enregistrez un fichier de calendrier (.ics), puis ouvrez-le avec l’agenda de votre téléphone ou de votre ordinateur. Si vous avez déjà importé un plan, le nouveau fichier met à jour les mêmes événements au lieu de les doubler.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Rappels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Le jour même (9 h), et 1 heure avant un rendez-vous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>La veille (9 h)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Une semaine avant (9 h)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n minute(s) avant</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rappel : %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ajouter mes &amp;rendez-vous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ajouter mes rendez-vous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Enregistrer le fichier…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Enregistrer le fichier de calendrier</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Catalog</name>
        <message>
            <source>Le catalogue de règles est introuvable : %1.</source>
            <extracomment>From src/parcours_app/core/rules.py:212</extracomment>
            <translation>تعذّر العثور على دليل القواعد: %1.</translation>
        </message>
        <message>
            <source>Aucun fichier de règles dans %1.</source>
            <extracomment>From src/parcours_app/core/rules.py:214</extracomment>
            <translation>لا يوجد أي ملف قواعد في %1.</translation>
        </message>
        <message>
            <source>Fichier de règles %1, entrée %2 : %3.</source>
            <extracomment>From src/parcours_app/core/rules.py:265</extracomment>
            <translation>ملف القواعد %1، المُدخل %2: %3.</translation>
        </message>
        <message>
            <source>Fichier de règles %1 : %2.</source>
            <extracomment>From src/parcours_app/core/rules.py:266</extracomment>
            <translation>ملف القواعد %1: %2.</translation>
        </message>
    </context>
    <context>
        <name>ChildDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/first_run.py" line="+636" />
            <source>Prénom du bébé %1 :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Notre enfant est né</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Ajouter un enfant</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChildFields</name>
        <message>
            <location line="-431" />
            <source>Date de &amp;naissance :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Prénom (facultatif) :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Terme qui était &amp;prévu (facultatif) :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Avec le terme prévu, le calendrier calcule aussi les congés de maternité et de paternité.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Né(e) &amp;prématuré(e) (avant 37 SA)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Né(e) prématuré(e) (avant 37 SA)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Dernières règles : %1   Début de grossesse : %2   Terme : %3</source>
            <extracomment>From src/parcours_app/cli.py:267</extracomment>
            <translation type="vanished">آخر دورة شهرية: %1   بداية الحمل: %2   موعد الولادة المتوقع: %3</translation>
        </message>
        <message>
            <source>Naissance : %1</source>
            <extracomment>From src/parcours_app/cli.py:276</extracomment>
            <translation type="vanished">الولادة: %1</translation>
        </message>
        <message>
            <source>Aujourd'hui : %1   Règles : %2</source>
            <extracomment>From src/parcours_app/cli.py:277</extracomment>
            <translation type="vanished">اليوم: %1   القواعد: %2</translation>
        </message>
        <message>
            <source>Début</source>
            <extracomment>From src/parcours_app/cli.py:279</extracomment>
            <translation type="vanished">البداية</translation>
        </message>
        <message>
            <source>Fin</source>
            <extracomment>From src/parcours_app/cli.py:279</extracomment>
            <translation type="vanished">النهاية</translation>
        </message>
        <message>
            <source>Statut</source>
            <extracomment>From src/parcours_app/cli.py:279</extracomment>
            <translation type="vanished">الحالة</translation>
        </message>
        <message>
            <source>Étape</source>
            <extracomment>From src/parcours_app/cli.py:279</extracomment>
            <translation type="vanished">المرحلة</translation>
        </message>
        <message>
            <source>obligatoire</source>
            <extracomment>From src/parcours_app/cli.py:282</extracomment>
            <translation type="vanished">إلزامي</translation>
        </message>
        <message>
            <source>recommandé</source>
            <extracomment>From src/parcours_app/cli.py:282</extracomment>
            <translation type="vanished">موصى به</translation>
        </message>
        <message>
            <source>* date estimée à partir du terme : elle sera recalculée avec la date de naissance.</source>
            <extracomment>From src/parcours_app/cli.py:293</extracomment>
            <translation type="vanished">* تاريخ مقدَّر انطلاقًا من موعد الولادة المتوقع: سيُعاد حسابه بتاريخ الولادة.</translation>
        </message>
        <message>
            <source>date impossible ou mal écrite « %1 » : écrivez-la AAAA-MM-JJ ou JJ/MM/AAAA (par exemple 2026-03-02)</source>
            <extracomment>From src/parcours_app/cli.py:83</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>région inconnue « %1 » : choisissez parmi %2</source>
            <extracomment>From src/parcours_app/cli.py:98</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>« %1 » : indiquez un nombre entier de %2 à %3</source>
            <extracomment>From src/parcours_app/cli.py:111</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calcule le calendrier des 1000 premiers jours à partir d'une date de la grossesse.</source>
            <extracomment>From src/parcours_app/cli.py:137</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>premier jour des dernières règles</source>
            <extracomment>From src/parcours_app/cli.py:139</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>durée du cycle (défaut 28)</source>
            <extracomment>From src/parcours_app/cli.py:145</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>date de début de grossesse (1re échographie)</source>
            <extracomment>From src/parcours_app/cli.py:147</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>date présumée d'accouchement donnée par un professionnel</source>
            <extracomment>From src/parcours_app/cli.py:149</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>date de naissance réelle</source>
            <extracomment>From src/parcours_app/cli.py:151</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>enfants déjà nés</source>
            <extracomment>From src/parcours_app/cli.py:153</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bébés attendus (3 = trois ou plus)</source>
            <extracomment>From src/parcours_app/cli.py:160</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>metropole, alsace-moselle, ...</source>
            <extracomment>From src/parcours_app/cli.py:167</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>début du congé de naissance</source>
            <extracomment>From src/parcours_app/cli.py:173</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>date prise pour aujourd'hui (défaut : date du système)</source>
            <extracomment>From src/parcours_app/cli.py:176</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>langue des textes</source>
            <extracomment>From src/parcours_app/cli.py:178</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>table, json, ics ou pdf</source>
            <extracomment>From src/parcours_app/cli.py:179</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fichier où écrire (obligatoire pour ics et pdf)</source>
            <extracomment>From src/parcours_app/cli.py:181</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>seulement les étapes obligatoires</source>
            <extracomment>From src/parcours_app/cli.py:183</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>seulement les étapes d'un enfant ou d'une grossesse (sa clé)</source>
            <extracomment>From src/parcours_app/cli.py:185</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>parcours : indiquez une commande : calendar ou data.</source>
            <extracomment>From src/parcours_app/cli.py:193</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>parcours : commande inconnue « %1 » : utilisez calendar ou data.</source>
            <extracomment>From src/parcours_app/cli.py:202</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>indiquez une date : --ddr, --conception ou --due (et --birth une fois le bébé né)</source>
            <extracomment>From src/parcours_app/cli.py:229</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>avec --multiple ou --children-before, indiquez aussi le terme (--due) pour calculer les congés</source>
            <extracomment>From src/parcours_app/cli.py:233</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>le format %1 s'écrit dans un fichier : ajoutez --output FICHIER</source>
            <extracomment>From src/parcours_app/cli.py:238</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>impossible d'écrire %1 (%2) : choisissez un autre fichier</source>
            <extracomment>From src/parcours_app/cli.py:286; src/parcours_app/cli.py:297</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>parcours calendar : erreur : %1</source>
            <extracomment>From src/parcours_app/cli.py:307</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CrisisHelpDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/crisis_panel.py" line="+238" />
            <source>Urgences et écoute</source>
            <translation type="unfinished">الطوارئ وخطوط الاستماع</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fermer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Fermer la fenêtre Urgences et écoute</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CrisisHelpPanel</name>
        <message>
            <location line="-43" />
            <source>Autres numéros utiles et associations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location line="+14" />
            <source>Urgences et écoute</source>
            <translation type="unfinished">الطوارئ وخطوط الاستماع</translation>
        </message>
        <message>
            <location line="-7" />
            <source>En cas de danger immédiat, appelez le 15 ou le 112. Si vous pensez à vous faire du mal, le 3114 vous répond à toute heure. Ces appels sont gratuits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>En cas d'urgence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Pour parler à quelqu'un</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Associations</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>Tapez la date sous la forme jj/mm/aaaa, par exemple 14/03/2026.</source>
            <extracomment>From src/parcours_app/ui/widgets/date_field.py:46</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le mois doit être entre 01 et 12.</source>
            <extracomment>From src/parcours_app/ui/widgets/date_field.py:52</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>L'année doit avoir 4 chiffres, par exemple 2026.</source>
            <extracomment>From src/parcours_app/ui/widgets/date_field.py:54</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cette date n'existe pas : ce mois-là n'a que %1 jours.</source>
            <extracomment>From src/parcours_app/ui/widgets/date_field.py:58</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choisir la date dans le calendrier</source>
            <extracomment>From src/parcours_app/ui/widgets/date_field.py:179</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Format jj/mm/aaaa. Alt+Flèche bas ouvre le calendrier.</source>
            <extracomment>From src/parcours_app/ui/widgets/date_field.py:195</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>jj/mm/aaaa</source>
            <extracomment>From src/parcours_app/ui/widgets/date_field.py:198</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choisir dans le calendrier (Alt+Flèche bas)</source>
            <extracomment>From src/parcours_app/ui/widgets/date_field.py:199</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ouvrir le calendrier</source>
            <extracomment>From src/parcours_app/ui/widgets/date_field.py:200</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Dating</name>
        <message>
            <source>%1 SA + %2 j</source>
            <extracomment>From src/parcours_app/core/dating.py:89</extracomment>
            <translation>%1 أسبوع + %2 يوم</translation>
        </message>
        <message>
            <source>%1 j</source>
            <extracomment>From src/parcours_app/core/dating.py:118</extracomment>
            <translation>%1 يوم</translation>
        </message>
        <message>
            <source>%1 mois + %2 j</source>
            <extracomment>From src/parcours_app/core/dating.py:119</extracomment>
            <translation>%1 شهر + %2 يوم</translation>
        </message>
        <message>
            <source>La date %1 est avant la naissance (%2).</source>
            <extracomment>From src/parcours_app/core/dating.py:125</extracomment>
            <translation>التاريخ %1 يسبق الولادة (%2).</translation>
        </message>
        <message>
            <source>La durée du cycle doit être comprise entre %1 et %2 jours (vous avez indiqué %3).</source>
            <extracomment>From src/parcours_app/core/dating.py:155</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le nombre de bébés attendus doit être 1, 2 ou 3 (3 pour trois ou plus).</source>
            <extracomment>From src/parcours_app/core/dating.py:163</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le nombre d'enfants déjà nés ne peut pas être négatif.</source>
            <extracomment>From src/parcours_app/core/dating.py:165</extracomment>
            <translation>لا يمكن أن يكون عدد الأطفال المولودين سالبًا.</translation>
        </message>
        <message>
            <source>La date de début de grossesse (%1) et le terme (%2) ne concordent pas : corrigez l'une des deux.</source>
            <extracomment>From src/parcours_app/core/dating.py:175</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La date des dernières règles (%1) et le terme (%2) ne concordent pas : corrigez l'une des deux.</source>
            <extracomment>From src/parcours_app/core/dating.py:185</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La date des dernières règles (%1) et la date de début de grossesse (%2) ne concordent pas : corrigez l'une des deux.</source>
            <extracomment>From src/parcours_app/core/dating.py:198</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indiquez au moins une date : les dernières règles, le début de grossesse, le terme prévu ou la naissance.</source>
            <extracomment>From src/parcours_app/core/dating.py:213</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La date %1 n'est pas plausible : vérifiez l'année.</source>
            <extracomment>From src/parcours_app/core/dating.py:230</extracomment>
            <translation>التاريخ %1 غير معقول: تحقّق من السنة.</translation>
        </message>
        <message>
            <source>La date de naissance (%1) est avant le début de la grossesse (%2) : vérifiez les dates.</source>
            <extracomment>From src/parcours_app/core/dating.py:242</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La date de naissance (%1) tombe avant 22 SA de cette grossesse : vérifiez la naissance ou les dates de la grossesse.</source>
            <extracomment>From src/parcours_app/core/dating.py:250</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La date de naissance (%1) est plus de 4 semaines après le terme (%2) : vérifiez les dates.</source>
            <extracomment>From src/parcours_app/core/dating.py:258</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La date de naissance (%1) est après aujourd'hui (%2) : indiquez une naissance passée ou le terme prévu.</source>
            <extracomment>From src/parcours_app/core/dating.py:269</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le terme (%1) est à plus de 10 mois d'aujourd'hui (%2) : vérifiez l'année et le mois.</source>
            <extracomment>From src/parcours_app/core/dating.py:275</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DirectoryEditor</name>
        <message>
            <location filename="../src/parcours_app/ui/directory_page.py" line="+421" />
            <source>Le fichier n'a pas été importé et l'annuaire n'a pas changé.

%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Lieux importés : %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Annuaire exporté dans %1. Importez ce fichier sur l'autre ordinateur.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <source>Annuaire : vue du personnel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Saisissez les lieux proches des familles. Tout reste sur cet ordinateur. Exportez l'annuaire pour l'importer sur un autre poste : un fichier incorrect ne change rien.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Lieux :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Lieux de l'annuaire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Nouveau lieu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ajouter un nouveau lieu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Type :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Type de lieu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>N&amp;om :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Nom du lieu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Adresse :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Adresse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Téléphone :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Téléphone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Horaires :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Horaires d'ouverture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;E-mail :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Adresse e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>S&amp;ite web :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Site web</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>À sa&amp;voir :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Services de la Maison, par composante (un service par ligne)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Services : %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Enregistrer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Enregistrer ce lieu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Supprimer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Supprimer ce lieu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Importer un annuaire…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Importer un annuaire depuis un fichier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;xporter l'annuaire…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Exporter l'annuaire dans un fichier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Retour à l'annuaire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Retour à l'annuaire</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message>
            <location line="+72" />
            <source>Aucun lieu pour l'instant. Ajoutez votre Maison des 1000 premiers jours, votre centre de PMI, votre maternité… avec « Modifier l'annuaire ».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Aucun lieu pour l'instant.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>Annuaire</source>
            <translation type="unfinished">الدليل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Les lieux près de chez vous, saisis et gardés sur cet ordinateur seulement.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Modifier l'annuaire (personnel)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Modifier l'annuaire : vue du personnel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Lieux de l'annuaire</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EventDetailPanel</name>
        <message>
            <location filename="../src/parcours_app/ui/journey/detail.py" line="+277" />
            <source>Idéalement vers le %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Calculé à partir de %1 (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Date estimée d'après la date prévue d'accouchement : elle sera recalculée quand vous indiquerez la date de naissance.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>%1 (vérifié le %2)
%3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>Le %1 à %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+42" />
            <source>« %1 » marqué comme fait le %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>« %1 » n'est plus marqué comme fait.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Reporter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Choisissez un jour après aujourd'hui pour reporter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>« %1 » reporté au %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Note enregistrée.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Rendez-vous enregistré.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Rendez-vous modifié.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Rendez-vous supprimé.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Ouvrir la page officielle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ouvrir cette page dans votre navigateur ?
%1

Parcours n'envoie rien : seul le navigateur se connecte.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Détail de l'étape</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:496</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choisissez une étape dans la liste pour voir ce qu'il faut savoir et faire.</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:498</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quand</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:501</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>De quoi s'agit-il et pourquoi c'est important</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:502</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qui consulter</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:503</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>À apporter ou préparer</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:504</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conseil</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:505</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source officielle</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:506</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ouvrir la page &amp;officielle…</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:511</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ouvrir la page officielle dans le navigateur</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:512</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suivi</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:513</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fait &amp;le :</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:514</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date à laquelle l'étape a été faite</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:515</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marquer comme &amp;fait</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:516</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marquer comme fait</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:517</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marquer comme fait (Ctrl+D)</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:518</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;nnuler « fait »</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:519</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Annuler « fait »</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:520</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reporter &amp;au :</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:521</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date de report</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:522</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reporter</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:523</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reporter à la date choisie</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:524</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+1 &amp;jour</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:525</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reporter à demain</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:526</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reporter à demain (Ctrl+R)</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:527</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+1 &amp;semaine</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:528</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reporter d'une semaine</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:529</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:530</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note personnelle</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:531</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Une question à poser, un document à trouver…</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:532</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enregistrer la &amp;note</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:533</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enregistrer la note</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:534</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enregistrer la note (Ctrl+S)</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:535</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rendez-vous pris</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:536</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rendez-vous pris pour cette étape</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:537</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aucun rendez-vous noté pour cette étape.</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:538</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ajouter un rendez-&amp;vous…</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:539</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ajouter un rendez-vous</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:540</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Modifier…</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:541</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Modifier le rendez-vous choisi</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:542</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;upprimer</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:543</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supprimer le rendez-vous choisi</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:544</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EventResourcesBox</name>
        <message>
            <location filename="../src/parcours_app/ui/resources_page.py" line="+564" />
            <source>Pour aller plus loin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Toutes les ressources sur ce sujet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ouvrir la page Ressources sur le sujet de cette étape</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Aucun enfant n’a la clé « %1 ». Clés connues : %2.</source>
            <extracomment>From src/parcours_app/export/formats.py:115</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>le %1</source>
            <extracomment>From src/parcours_app/export/formats.py:168</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>du %1 au %2</source>
            <extracomment>From src/parcours_app/export/formats.py:169</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Format « %1 » inconnu : choisissez ics ou pdf.</source>
            <extracomment>From src/parcours_app/export/formats.py:246</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grossesse</source>
            <extracomment>From src/parcours_app/export/ics.py:60</extracomment>
            <translation type="unfinished">الحمل</translation>
        </message>
        <message>
            <source>Démarches</source>
            <extracomment>From src/parcours_app/export/ics.py:61</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Congés</source>
            <extracomment>From src/parcours_app/export/ics.py:62</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Après la naissance</source>
            <extracomment>From src/parcours_app/export/ics.py:63</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examens de l’enfant</source>
            <extracomment>From src/parcours_app/export/ics.py:64</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vaccins</source>
            <extracomment>From src/parcours_app/export/ics.py:65</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Auto-questionnaire</source>
            <extracomment>From src/parcours_app/export/ics.py:66</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Étapes de vie</source>
            <extracomment>From src/parcours_app/export/ics.py:67</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parcours 1000 jours</source>
            <extracomment>From src/parcours_app/export/ics.py:74</extracomment>
            <translation type="unfinished">Parcours 1000 jours (مسار الألف يوم)</translation>
        </message>
        <message>
            <source>étapes obligatoires</source>
            <extracomment>From src/parcours_app/export/ics.py:80</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calendrier personnel des 1000 premiers jours, établi le %1.</source>
            <extracomment>From src/parcours_app/export/ics.py:114</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Début : %1</source>
            <extracomment>From src/parcours_app/export/ics.py:331</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dernier jour : %1</source>
            <extracomment>From src/parcours_app/export/ics.py:339</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>À partir d’aujourd’hui : %1</source>
            <extracomment>From src/parcours_app/export/ics.py:347</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obligatoire</source>
            <extracomment>From src/parcours_app/export/ics.py:367</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quand : %1</source>
            <extracomment>From src/parcours_app/export/ics.py:374</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Idéalement vers le %1</source>
            <extracomment>From src/parcours_app/export/ics.py:376</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qui voir : %1</source>
            <extracomment>From src/parcours_app/export/ics.py:378</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>À prévoir : %1</source>
            <extracomment>From src/parcours_app/export/ics.py:380</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conseil : %1</source>
            <extracomment>From src/parcours_app/export/formats.py:176; src/parcours_app/export/formats.py:179</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ce parcours n’a aucune étape d’enfant : exportez-le en entier, sans choisir d’enfant.</source>
            <extracomment>From src/parcours_app/export/formats.py:112</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Étape obligatoire.</source>
            <extracomment>From src/parcours_app/export/ics.py:384</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Étape recommandée.</source>
            <extracomment>From src/parcours_app/export/ics.py:384</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date estimée d’après le terme prévu : elle sera recalculée après la naissance.</source>
            <extracomment>From src/parcours_app/export/ics.py:389</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fait le %1.</source>
            <extracomment>From src/parcours_app/export/ics.py:393</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source officielle : %1, %2 (vérifiée le %3)</source>
            <extracomment>From src/parcours_app/export/ics.py:397</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aujourd’hui – %1</source>
            <extracomment>From src/parcours_app/export/ics.py:409</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Demain – %1</source>
            <extracomment>From src/parcours_app/export/ics.py:411</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dans %1 jours – %2</source>
            <extracomment>From src/parcours_app/export/ics.py:413</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rendez-vous</source>
            <extracomment>From src/parcours_app/export/ics.py:432</extracomment>
            <translation type="unfinished">موعد</translation>
        </message>
        <message>
            <source>Source officielle : %1, %2</source>
            <extracomment>From src/parcours_app/export/ics.py:449</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rendez-vous : %1</source>
            <extracomment>From src/parcours_app/export/ics.py:462</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FamilyForm</name>
        <message>
            <location filename="../src/parcours_app/ui/first_run.py" line="+103" />
            <source>Où en êtes-vous ?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Je suis enceinte / nous attendons un &amp;enfant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Je suis enceinte / nous attendons un enfant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Notre enfant est &amp;né</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Notre enfant est né</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Les dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Pour les jours fériés et les congés</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>France métropolitaine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Alsace-Moselle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Guadeloupe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Martinique</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Guyane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>La Réunion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Mayotte</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Je ne sais pas / ne souhaite pas dire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Oui, salarié(e)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Non (indépendant(e), sans emploi…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Région :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>La mère est &amp;salariée :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>L'autre parent est s&amp;alarié :</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FirstRunPage</name>
        <message>
            <location line="+114" />
            <source>Les dates enregistrées ne permettent pas de calculer le calendrier : %1 Corrigez-les ci-dessous.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Indiquez une date : le calendrier s'affiche aussitôt ici.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>Bienvenue dans Parcours 1000 jours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Une ou deux dates suffisent pour calculer votre calendrier : examens, démarches, congés et vaccins. Tout reste sur cet ordinateur.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Voir notre parcours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Voir notre parcours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ctrl+Entrée</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Résultat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Premier lancement : vos dates</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HelplineCard</name>
        <message>
            <location filename="../src/parcours_app/ui/crisis_panel.py" line="-109" />
            <source>Source : %1, %2 (vérifié le %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1. Numéro : %2. %3 %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Numéro de %1 : %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Source de %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <location filename="../src/parcours_app/ui/selftest/history_page.py" line="+123" />
            <source>Historique illisible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Les résultats gardés n'ont pas pu être lus : %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1 à %2 : %3 sur 30, %4 (%5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source> ; question 10 : %1 sur 3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Courbe des scores : %1 résultats gardés</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <location line="+35" />
            <source>Effacer ce résultat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-35" />
            <source>Effacer ce résultat de cet ordinateur ? Ce sera définitif.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Effacer tous les résultats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Effacer tous les résultats gardés sur cet ordinateur ? Ce sera définitif.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Effacement impossible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Rien n'a été effacé : %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Mes résultats gardés</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Les résultats que vous avez choisi de garder, du plus récent au plus ancien. Les lignes pointillées marquent 9 et 13 points. Ils restent sur cet ordinateur et vous pouvez les effacer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Aucun résultat gardé.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Résultats gardés</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Effacer le résultat sélectionné</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Tout effacer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Effacer tous les résultats gardés</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Retour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Retour à l'accueil du questionnaire</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Home</name>
        <message>
            <source>1er mois de grossesse</source>
            <extracomment>From src/parcours_app/ui/home_page.py:43</extracomment>
            <translation type="unfinished">الشهر الأول من الحمل</translation>
        </message>
        <message>
            <source>%1e mois de grossesse</source>
            <extracomment>From src/parcours_app/ui/home_page.py:44</extracomment>
            <translation type="unfinished">الشهر %1 من الحمل</translation>
        </message>
        <message>
            <source>Votre enfant</source>
            <extracomment>From src/parcours_app/ui/home_page.py:54</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%n an</source>
            <extracomment>From src/parcours_app/ui/home_page.py:57</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%n ans</source>
            <extracomment>From src/parcours_app/ui/home_page.py:57</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%n mois</source>
            <extracomment>From src/parcours_app/ui/home_page.py:59; src/parcours_app/ui/home_page.py:59; src/parcours_app/ui/home_page.py:70; … and 1 more</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 a %2 et %3</source>
            <extracomment>From src/parcours_app/ui/home_page.py:61; src/parcours_app/ui/home_page.py:73</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 a %2</source>
            <extracomment>From src/parcours_app/ui/home_page.py:66; src/parcours_app/ui/home_page.py:69; src/parcours_app/ui/home_page.py:72</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%n jour</source>
            <extracomment>From src/parcours_app/ui/home_page.py:67</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%n jours</source>
            <extracomment>From src/parcours_app/ui/home_page.py:67</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grossesse à venir : terme prévu le %1</source>
            <extracomment>From src/parcours_app/ui/home_page.py:86</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 SA + %2 j — %3</source>
            <extracomment>From src/parcours_app/ui/home_page.py:90</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>terme dépassé</source>
            <extracomment>From src/parcours_app/ui/home_page.py:91</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (jumeaux)</source>
            <extracomment>From src/parcours_app/ui/home_page.py:93</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (triplés)</source>
            <extracomment>From src/parcours_app/ui/home_page.py:95</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Terme prévu le %1</source>
            <extracomment>From src/parcours_app/ui/home_page.py:97</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Naissance indiquée le %1</source>
            <extracomment>From src/parcours_app/ui/home_page.py:103</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Les 1000 premiers jours commencent le %1 (début du 4e mois de grossesse).</source>
            <extracomment>From src/parcours_app/ui/home_page.py:117</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Les 1000 premiers jours se sont terminés le %1 (2 ans).</source>
            <extracomment>From src/parcours_app/ui/home_page.py:121</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jour %1 des 1000 premiers jours, qui vont du début du 4e mois de grossesse aux 2 ans de l'enfant.</source>
            <extracomment>From src/parcours_app/ui/home_page.py:125</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 étapes calculées pour votre famille.</source>
            <extracomment>From src/parcours_app/ui/home_page.py:161</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <location filename="../src/parcours_app/ui/home_page.py" line="+326" />
            <source>Aujourd'hui, %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Aucune famille n'est encore enregistrée.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Rien en retard. 👍</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Rien à faire cette semaine.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Plus aucune étape à venir.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>dernier jour le %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>le %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>du %1 au %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source> — obligatoire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>%1 le %2 à %3</source>
            <translation type="unfinished">%1 يوم %2 على الساعة %3</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rendez-vous</source>
            <translation type="unfinished">موعد</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Aucun rendez-vous noté pour les 7 prochains jours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>&amp;En retard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>À faire cette &amp;semaine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Prochaines étapes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Rendez-vous des 7 prochains jours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>En retard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>À faire cette semaine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Prochaines étapes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Rendez-vous des 7 prochains jours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Fait aujourd'hui</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Marquer l'étape choisie comme faite aujourd'hui</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Me le rappeler dans une se&amp;maine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reporter l'étape choisie d'une semaine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Message clé pour cette période</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Aujourd'hui</source>
            <translation type="unfinished">اليوم</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Où en est la famille</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Journey</name>
        <message>
            <source>Région inconnue.</source>
            <extracomment>From src/parcours_app/core/journey.py:100</extracomment>
            <translation>منطقة غير معروفة.</translation>
        </message>
        <message>
            <source>Trop de grossesses ou d'enfants pour une seule famille : vérifiez la saisie.</source>
            <extracomment>From src/parcours_app/core/journey.py:102</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deux grossesses portent la même clé : chaque grossesse doit avoir la sienne.</source>
            <extracomment>From src/parcours_app/core/journey.py:105</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deux enfants portent la même clé : chaque enfant doit avoir la sienne.</source>
            <extracomment>From src/parcours_app/core/journey.py:108</extracomment>
            <translation>لطفلين المفتاح نفسه: يجب أن يكون لكل طفل مفتاحه الخاص.</translation>
        </message>
        <message>
            <source>La clé « %1 » ne doit contenir ni deux-points ni espaces au bord.</source>
            <extracomment>From src/parcours_app/core/journey.py:111</extracomment>
            <translation>يجب ألا يحتوي المفتاح «%1» على نقطتين ولا على مسافة في بدايته أو نهايته.</translation>
        </message>
        <message>
            <source>La durée d'hospitalisation du bébé doit être comprise entre 0 et 366 jours.</source>
            <extracomment>From src/parcours_app/core/journey.py:121</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La date de naissance de l'enfant (%1) est après aujourd'hui (%2) : pour une naissance à venir, indiquez le terme prévu de la grossesse.</source>
            <extracomment>From src/parcours_app/core/journey.py:128</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La date de naissance de l'enfant (%1) a plus de 18 ans : vérifiez l'année.</source>
            <extracomment>From src/parcours_app/core/journey.py:137</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>L'enfant est rattaché à une grossesse qui n'existe pas : enregistrez-la d'abord.</source>
            <extracomment>From src/parcours_app/core/journey.py:145</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JourneyFilters</name>
        <message>
            <source>Grossesse %1 (terminée)</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:83</extracomment>
            <translation>الحمل %1 (انتهى)</translation>
        </message>
        <message>
            <source>Grossesse %1</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:85</extracomment>
            <translation>الحمل %1</translation>
        </message>
        <message>
            <source>Grossesse (terminée)</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:87</extracomment>
            <translation>الحمل (انتهى)</translation>
        </message>
        <message>
            <source>Grossesse</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:89</extracomment>
            <translation>الحمل</translation>
        </message>
        <message>
            <source>Enfant %1</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:92</extracomment>
            <translation>الطفل %1</translation>
        </message>
        <message>
            <source>1er mois</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:251</extracomment>
            <translation>الشهر الأول</translation>
        </message>
        <message>
            <source>%1e mois</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:252</extracomment>
            <translation>الشهر %1</translation>
        </message>
        <message>
            <source>%1e mois de grossesse</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:279</extracomment>
            <translation>الشهر %1 من الحمل</translation>
        </message>
        <message>
            <source>1er mois de grossesse</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:281</extracomment>
            <translation>الشهر الأول من الحمل</translation>
        </message>
        <message>
            <source>Terme</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:288</extracomment>
            <translation>موعد الولادة المتوقع</translation>
        </message>
        <message>
            <source>après le terme, jusqu'à la naissance</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:289</extracomment>
            <translation>بعد موعد الولادة المتوقع وحتى الولادة</translation>
        </message>
    </context>
    <context>
        <name>JourneyListModel</name>
        <message>
            <location filename="../src/parcours_app/ui/journey/list_model.py" line="+191" />
            <source>1 étape</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 étapes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+55" />
            <source>Rendez-vous pris le %1 à %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JourneyPage</name>
        <message>
            <location filename="../src/parcours_app/ui/journey/page.py" line="+312" />
            <source>Cliquez sur un jour pour voir les étapes en cours ce jour-là.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Étapes en cours le %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>%1 sur %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 étapes affichées sur %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Le parcours apparaîtra ici dès qu'une date de grossesse ou de naissance sera saisie.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Aucune étape ne correspond à ces filtres.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+43" />
            <location line="+100" />
            <source>Toute la famille</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:484</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parcours</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:466</extracomment>
            <translation type="unfinished">المسار</translation>
        </message>
        <message>
            <source>Afficher :</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:467</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Grossesse</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:469</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Congés</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:470</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Enfant</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:471</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Démarches</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:472</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Afficher les étapes : %1</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:477</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Obligatoires seulement</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:479</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Afficher seulement les étapes obligatoires</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:480</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Pour :</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:481</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pour quelle grossesse ou quel enfant</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:482</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Tout afficher</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:485</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Effacer les filtres et tout afficher</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:486; src/parcours_app/ui/journey/page.py:512</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Mois</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:487</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vue du mois</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:488</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Les jours soulignés en gras ouvrent ou ferment une étape ; le chiffre dit combien. Entrée ou clic : voir les étapes en cours ce jour-là.</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:490</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jour souligné en gras : une étape commence, se termine ou est conseillée ce jour-là (le chiffre indique combien). Jour encadré : aujourd'hui.</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:498</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tous les &amp;jours</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:504</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ne plus filtrer par jour</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:505</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>É&amp;tapes par mois</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:506</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Étapes du parcours, par mois</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:507</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flèches pour parcourir, Entrée pour agir sur l'étape choisie.</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:509</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tout afficher</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:511</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dernière action</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:513</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JourneyTexts</name>
        <message>
            <location filename="../src/parcours_app/ui/journey/texts.py" line="+70" />
            <source>le %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>du %1 au %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>aujourd'hui</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>demain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>hier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Fait le %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Écarté</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Reporté au %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>En retard : la période s'est terminée %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Période passée</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>En cours : dernier jour aujourd'hui</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>En cours, jusqu'au %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>À venir : %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>obligatoire</source>
            <translation type="unfinished">إلزامي</translation>
        </message>
        <message>
            <location line="+2" />
            <source>recommandé</source>
            <translation type="unfinished">موصى به</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+13" />
            <source>Grossesse</source>
            <translation type="unfinished">الحمل</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Démarche</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Congé</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Après la naissance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Suivi de l'enfant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Vaccin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Auto-questionnaire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Étape</source>
            <translation type="unfinished">المرحلة</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Congés</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Enfant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Démarches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>la date des dernières règles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>la date de début de grossesse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>la date prévue d'accouchement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>la date de naissance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>date estimée</source>
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
            <translation>يمكنك نقل %1 أسابيع على الأكثر إلى ما قبل الولادة.</translation>
        </message>
        <message>
            <source>Choisissez soit de reporter des semaines après la naissance, soit d'en avancer avant, pas les deux.</source>
            <extracomment>From src/parcours_app/core/leave.py:112</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le congé pathologique avant la naissance dure au plus 14 jours.</source>
            <extracomment>From src/parcours_app/core/leave.py:115</extracomment>
            <translation>لا تتجاوز الإجازة المرضية المرتبطة بالحمل قبل الولادة 14 يومًا.</translation>
        </message>
        <message>
            <source>Le congé pathologique après la naissance dure au plus 28 jours.</source>
            <extracomment>From src/parcours_app/core/leave.py:117</extracomment>
            <translation>لا تتجاوز الإجازة المرضية المرتبطة بالولادة بعد الوضع 28 يومًا.</translation>
        </message>
    </context>
    <context>
        <name>LinkConfirmDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/resources_page.py" line="-484" />
            <source>Ouvrir un site officiel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ce lien ouvre le site %1 dans votre navigateur internet.

Adresse : %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Lien non ouvert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ce lien ne mène pas à un site officiel de la liste de l'application : il n'est pas ouvert.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Aujourd'hui</source>
            <extracomment>From src/parcours_app/ui/main_window.py:50</extracomment>
            <translation>اليوم</translation>
        </message>
        <message>
            <source>Parcours</source>
            <extracomment>From src/parcours_app/ui/main_window.py:52</extracomment>
            <translation>المسار</translation>
        </message>
        <message>
            <source>Ressources</source>
            <extracomment>From src/parcours_app/ui/main_window.py:58</extracomment>
            <translation>الموارد</translation>
        </message>
        <message>
            <source>Annuaire</source>
            <extracomment>From src/parcours_app/ui/main_window.py:64</extracomment>
            <translation>الدليل</translation>
        </message>
        <message>
            <source>Auto-test</source>
            <extracomment>From src/parcours_app/ui/main_window.py:66</extracomment>
            <translation>الاختبار الذاتي</translation>
        </message>
        <message>
            <source>&amp;Compris</source>
            <extracomment>From src/parcours_app/ui/main_window.py:107</extracomment>
            <translation>&amp;فهمت</translation>
        </message>
        <message>
            <source>Fermer le message</source>
            <extracomment>From src/parcours_app/ui/main_window.py:108</extracomment>
            <translation>إغلاق الرسالة</translation>
        </message>
        <message>
            <source>Parcours 1000 jours</source>
            <extracomment>From src/parcours_app/ui/main_window.py:505</extracomment>
            <translation>Parcours 1000 jours (مسار الألف يوم)</translation>
        </message>
        <message>
            <source> — Mode consultation : rien n'est enregistré</source>
            <extracomment>From src/parcours_app/ui/main_window.py:509</extracomment>
            <translation> — وضع الاستشارة: لا يُحفظ أي شيء</translation>
        </message>
        <message>
            <source> — Accueil : rien n'est enregistré</source>
            <extracomment>From src/parcours_app/ui/main_window.py:511</extracomment>
            <translation> — الاستقبال: لا يُحفظ أي شيء</translation>
        </message>
        <message>
            <source>Pages</source>
            <extracomment>From src/parcours_app/ui/main_window.py:548</extracomment>
            <translation>الصفحات</translation>
        </message>
        <message>
            <source>Urgences et écoute</source>
            <extracomment>From src/parcours_app/ui/main_window.py:549</extracomment>
            <translation>الطوارئ وخطوط الاستماع</translation>
        </message>
        <message>
            <source>Urgences et écoute : numéros d'aide</source>
            <extracomment>From src/parcours_app/ui/main_window.py:550</extracomment>
            <translation>الطوارئ وخطوط الاستماع: أرقام المساعدة</translation>
        </message>
        <message>
            <source>3114, 15, 112 et lignes d'écoute (Ctrl+U)</source>
            <extracomment>From src/parcours_app/ui/main_window.py:551</extracomment>
            <translation>3114 و15 و112 وخطوط الاستماع (Ctrl+U)</translation>
        </message>
        <message>
            <source>Chargement…</source>
            <extracomment>From src/parcours_app/ui/main_window.py:552</extracomment>
            <translation>جارٍ التحميل…</translation>
        </message>
        <message>
            <source>Mode consultation : rien n'est enregistré. « Terminer » efface tout.</source>
            <extracomment>From src/parcours_app/ui/main_window.py:555</extracomment>
            <translation>وضع الاستشارة: لا يُحفظ أي شيء. «إنهاء» يمحو كل شيء.</translation>
        </message>
        <message>
            <source>&amp;Terminer</source>
            <extracomment>From src/parcours_app/ui/main_window.py:557</extracomment>
            <translation>&amp;إنهاء</translation>
        </message>
        <message>
            <source>Terminer la consultation et tout effacer</source>
            <extracomment>From src/parcours_app/ui/main_window.py:558</extracomment>
            <translation>إنهاء الاستشارة ومحو كل شيء</translation>
        </message>
        <message>
            <source>&amp;Fichier</source>
            <extracomment>From src/parcours_app/ui/main_window.py:559</extracomment>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <source>F&amp;amille</source>
            <extracomment>From src/parcours_app/ui/main_window.py:560</extracomment>
            <translation>&amp;العائلة</translation>
        </message>
        <message>
            <source>&amp;Affichage</source>
            <extracomment>From src/parcours_app/ui/main_window.py:561</extracomment>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <source>Ai&amp;de</source>
            <extracomment>From src/parcours_app/ui/main_window.py:562</extracomment>
            <translation>م&amp;ساعدة</translation>
        </message>
        <message>
            <source>Ajouter à mon &amp;agenda…</source>
            <extracomment>From src/parcours_app/ui/main_window.py:563</extracomment>
            <translation>إضافة إلى &amp;مفكرتي…</translation>
        </message>
        <message>
            <source>&amp;Imprimer le plan…</source>
            <extracomment>From src/parcours_app/ui/main_window.py:564</extracomment>
            <translation>&amp;طباعة الخطة…</translation>
        </message>
        <message>
            <source>&amp;Terminer la consultation</source>
            <extracomment>From src/parcours_app/ui/main_window.py:566</extracomment>
            <translation>&amp;إنهاء الاستشارة</translation>
        </message>
        <message>
            <source>Mode &amp;consultation (rien n'est enregistré)</source>
            <extracomment>From src/parcours_app/ui/main_window.py:568</extracomment>
            <translation>وضع ال&amp;استشارة (لا يُحفظ أي شيء)</translation>
        </message>
        <message>
            <source>&amp;Paramètres…</source>
            <extracomment>From src/parcours_app/ui/main_window.py:570</extracomment>
            <translation>الإ&amp;عدادات…</translation>
        </message>
        <message>
            <source>&amp;Quitter</source>
            <extracomment>From src/parcours_app/ui/main_window.py:571</extracomment>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <source>Corriger les &amp;dates de la grossesse…</source>
            <extracomment>From src/parcours_app/ui/main_window.py:572</extracomment>
            <translation>تصحيح &amp;تواريخ الحمل…</translation>
        </message>
        <message>
            <source>Notre enfant est &amp;né…</source>
            <extracomment>From src/parcours_app/ui/main_window.py:573</extracomment>
            <translation>وُلد &amp;طفلنا…</translation>
        </message>
        <message>
            <source>Ajouter un &amp;enfant déjà né…</source>
            <extracomment>From src/parcours_app/ui/main_window.py:574</extracomment>
            <translation>إضافة &amp;طفل مولود…</translation>
        </message>
        <message>
            <source>Une nouvelle &amp;grossesse…</source>
            <extracomment>From src/parcours_app/ui/main_window.py:575</extracomment>
            <translation>&amp;حمل جديد…</translation>
        </message>
        <message>
            <source>&amp;Urgences et écoute</source>
            <extracomment>From src/parcours_app/ui/main_window.py:576</extracomment>
            <translation>ال&amp;طوارئ وخطوط الاستماع</translation>
        </message>
        <message>
            <source>À &amp;propos</source>
            <extracomment>From src/parcours_app/ui/main_window.py:577</extracomment>
            <translation>&amp;حول البرنامج</translation>
        </message>
    </context>
    <context>
        <name>MaisonPage</name>
        <message>
            <location filename="../src/parcours_app/ui/reception.py" line="+345" />
            <source>La Maison n'est pas encore dans l'annuaire. Le personnel peut l'ajouter (Annuaire, vue du personnel) ou importer le fichier de la Maison.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Notre Maison et ses services</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlaceCard</name>
        <message>
            <location filename="../src/parcours_app/ui/directory_page.py" line="-450" />
            <source>Adresse : %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Téléphone : %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Horaires : %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>E-mail : %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Site : %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>À savoir : %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Services proposés</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>• %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanPdf</name>
        <message>
            <source>Pour %1</source>
            <extracomment>From src/parcours_app/export/pdf.py:167; src/parcours_app/export/pdf.py:167</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source> et </source>
            <extracomment>From src/parcours_app/export/pdf.py:167</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Les étapes de %1 seulement</source>
            <extracomment>From src/parcours_app/export/pdf.py:172</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Les étapes du bébé seulement</source>
            <extracomment>From src/parcours_app/export/pdf.py:172</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Les étapes obligatoires seulement</source>
            <extracomment>From src/parcours_app/export/pdf.py:175</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>non précisée</source>
            <extracomment>From src/parcours_app/export/pdf.py:176</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Établi le %1 · version des règles : %2 · Parcours 1000 jours %3</source>
            <extracomment>From src/parcours_app/export/pdf.py:178</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grossesse, naissance et démarches</source>
            <extracomment>From src/parcours_app/export/pdf.py:185</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aucune étape de grossesse dans ce plan.</source>
            <extracomment>From src/parcours_app/export/pdf.py:190</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examens, vaccins et étapes de %1</source>
            <extracomment>From src/parcours_app/export/pdf.py:199</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examens, vaccins et étapes du bébé</source>
            <extracomment>From src/parcours_app/export/pdf.py:201</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aucune étape dans ce plan.</source>
            <extracomment>From src/parcours_app/export/pdf.py:203</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ce plan est calculé à partir des dates que vous avez indiquées et des règles officielles vérifiées.</source>
            <extracomment>From src/parcours_app/export/pdf.py:208</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Il ne remplace pas l’avis d’une sage-femme, d’un médecin ou de la PMI : demandez-leur en cas de doute.</source>
            <extracomment>From src/parcours_app/export/pdf.py:209</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Les dates marquées « estimée » sont calculées à partir du terme prévu et changeront après la naissance.</source>
            <extracomment>From src/parcours_app/export/pdf.py:212</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>En cas d’urgence, appelez le 15 ou le 112. Si vous pensez au suicide : 3114, à toute heure.</source>
            <extracomment>From src/parcours_app/export/pdf.py:215</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mon plan des 1000 premiers jours</source>
            <extracomment>From src/parcours_app/export/pdf.py:218; src/parcours_app/export/pdf.py:225</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parcours 1000 jours · établi le %1 · règles : %2</source>
            <extracomment>From src/parcours_app/export/pdf.py:222</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page %1 sur %2</source>
            <extracomment>From src/parcours_app/export/pdf.py:223</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(suite)</source>
            <extracomment>From src/parcours_app/export/pdf.py:226</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grossesse %1 : </source>
            <extracomment>From src/parcours_app/export/pdf.py:237</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>donné par un professionnel</source>
            <extracomment>From src/parcours_app/export/pdf.py:239</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>calculé : début de grossesse + 9 mois</source>
            <extracomment>From src/parcours_app/export/pdf.py:239</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>repère des SA : début de grossesse − 14 jours</source>
            <extracomment>From src/parcours_app/export/pdf.py:244</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Premier jour des dernières règles (DDR)</source>
            <extracomment>From src/parcours_app/export/pdf.py:245</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Début de grossesse (DDG)</source>
            <extracomment>From src/parcours_app/export/pdf.py:246</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Terme prévu (DPA)</source>
            <extracomment>From src/parcours_app/export/pdf.py:247</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Naissance</source>
            <extracomment>From src/parcours_app/export/pdf.py:249</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Naissance de %1</source>
            <extracomment>From src/parcours_app/export/pdf.py:253</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Naissance de l’enfant</source>
            <extracomment>From src/parcours_app/export/pdf.py:253</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>prématuré</source>
            <extracomment>From src/parcours_app/export/pdf.py:254</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dates clés</source>
            <extracomment>From src/parcours_app/export/pdf.py:256</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date de référence</source>
            <extracomment>From src/parcours_app/export/pdf.py:257</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <extracomment>From src/parcours_app/export/pdf.py:257</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remarque</source>
            <extracomment>From src/parcours_app/export/pdf.py:257</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aucune date indiquée.</source>
            <extracomment>From src/parcours_app/export/pdf.py:260</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>le %1</source>
            <extracomment>From src/parcours_app/export/pdf.py:270</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>du %1</source>
            <extracomment>From src/parcours_app/export/pdf.py:272; src/parcours_app/export/pdf.py:380</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>au %1</source>
            <extracomment>From src/parcours_app/export/pdf.py:272; src/parcours_app/export/pdf.py:381</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>idéalement vers le %1</source>
            <extracomment>From src/parcours_app/export/pdf.py:274</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(date estimée)</source>
            <extracomment>From src/parcours_app/export/pdf.py:276; src/parcours_app/export/pdf.py:384</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qui voir : %1</source>
            <extracomment>From src/parcours_app/export/pdf.py:288</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>À prévoir : %1</source>
            <extracomment>From src/parcours_app/export/pdf.py:290</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obligatoire</source>
            <extracomment>From src/parcours_app/export/pdf.py:298</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommandée</source>
            <extracomment>From src/parcours_app/export/pdf.py:298</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— écartée</source>
            <extracomment>From src/parcours_app/export/pdf.py:302</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>☑ fait le %1</source>
            <extracomment>From src/parcours_app/export/pdf.py:304</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>☐ date passée</source>
            <extracomment>From src/parcours_app/export/pdf.py:309</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>☐ en retard : à voir avec un professionnel</source>
            <extracomment>From src/parcours_app/export/pdf.py:309</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>☐ à faire</source>
            <extracomment>From src/parcours_app/export/pdf.py:312</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rendez-vous pris : %1 à %2</source>
            <extracomment>From src/parcours_app/export/pdf.py:340</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>À faire bientôt (d’ici le %1)</source>
            <extracomment>From src/parcours_app/export/pdf.py:346</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quand</source>
            <extracomment>From src/parcours_app/export/pdf.py:347; src/parcours_app/export/pdf.py:368</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Étape</source>
            <extracomment>From src/parcours_app/export/pdf.py:347; src/parcours_app/export/pdf.py:368</extracomment>
            <translation type="unfinished">المرحلة</translation>
        </message>
        <message>
            <source>Statut</source>
            <extracomment>From src/parcours_app/export/pdf.py:347; src/parcours_app/export/pdf.py:368</extracomment>
            <translation type="unfinished">الحالة</translation>
        </message>
        <message>
            <source>Rien à faire dans les %1 prochains jours.</source>
            <extracomment>From src/parcours_app/export/pdf.py:350</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 jours</source>
            <extracomment>From src/parcours_app/export/pdf.py:386</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>à prendre dans cette période</source>
            <extracomment>From src/parcours_app/export/pdf.py:388</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Congés</source>
            <extracomment>From src/parcours_app/export/pdf.py:391</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dates</source>
            <extracomment>From src/parcours_app/export/pdf.py:392</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Congé</source>
            <extracomment>From src/parcours_app/export/pdf.py:392</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Durée</source>
            <extracomment>From src/parcours_app/export/pdf.py:392</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aucun congé dans ce plan.</source>
            <extracomment>From src/parcours_app/export/pdf.py:395</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Maison des 1000 premiers jours</source>
            <extracomment>From src/parcours_app/export/pdf.py:400</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PMI</source>
            <extracomment>From src/parcours_app/export/pdf.py:401</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Maternité</source>
            <extracomment>From src/parcours_app/export/pdf.py:402</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CAF</source>
            <extracomment>From src/parcours_app/export/pdf.py:403</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assurance Maladie (CPAM)</source>
            <extracomment>From src/parcours_app/export/pdf.py:404</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relais petite enfance</source>
            <extracomment>From src/parcours_app/export/pdf.py:405</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lieu d’accueil enfants-parents</source>
            <extracomment>From src/parcours_app/export/pdf.py:406</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sage-femme</source>
            <extracomment>From src/parcours_app/export/pdf.py:407</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pédiatre</source>
            <extracomment>From src/parcours_app/export/pdf.py:408</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Autre</source>
            <extracomment>From src/parcours_app/export/pdf.py:409</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts près de chez vous</source>
            <extracomment>From src/parcours_app/export/pdf.py:439</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lieu</source>
            <extracomment>From src/parcours_app/export/pdf.py:440</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Téléphone, horaires</source>
            <extracomment>From src/parcours_app/export/pdf.py:440</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aucun contact enregistré : ajoutez votre PMI ou votre maternité dans l’annuaire.</source>
            <extracomment>From src/parcours_app/export/pdf.py:443</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Numéros utiles</source>
            <extracomment>From src/parcours_app/export/pdf.py:465</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Numéro</source>
            <extracomment>From src/parcours_app/export/pdf.py:466</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pour quoi</source>
            <extracomment>From src/parcours_app/export/pdf.py:466</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quand, où</source>
            <extracomment>From src/parcours_app/export/pdf.py:466</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PregnancyDatesDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/first_run.py" line="+83" />
            <source>Une nouvelle grossesse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Corriger les dates de la grossesse</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PregnancyFields</name>
        <message>
            <location line="-451" />
            <source>Premier jour des dernières règles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Début de grossesse (conception ou 1re échographie)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Date prévue d'accouchement (donnée par la sage-femme ou le médecin)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Un bébé</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Des jumeaux</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Des triplés ou plus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>La &amp;date que vous connaissez :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Premier jour des dernières &amp;règles :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Date de &amp;début de grossesse :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Terme prévu (DPA) :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Date :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Durée habituelle du &amp;cycle (jours) :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Nous attendons :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Enfants déjà nés :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Le nombre d'enfants déjà nés change la durée du congé de maternité.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrintPlanDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/export_dialogs.py" line="+81" />
            <source>Mon plan des 1000 premiers jours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <location line="+14" />
            <location line="+32" />
            <source>Imprimer le plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-39" />
            <source>Aperçu du plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>plan-1000-jours.pdf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+23" />
            <source>Enregistrer le plan en PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-23" />
            <source>Document PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>Un plan A4 lisible en noir et blanc : les dates clés, les prochaines étapes, les congés, les examens et vaccins des enfants, vos contacts et les numéros utiles.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Aperçu avant impression…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Aperçu avant impression</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Imprimer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Imprimer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Enregistrer en &amp;PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Enregistrer en PDF</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuestionnairePage</name>
        <message>
            <location filename="../src/parcours_app/ui/selftest/questionnaire_page.py" line="+168" />
            <source>Choisissez une réponse pour continuer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <location line="+92" />
            <source>Abandonner le questionnaire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-91" />
            <source>Abandonner le questionnaire ? Vos réponses seront effacées et rien ne sera gardé.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+53" />
            <source>Question %1 sur %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>%1 : %2. Réponse %3 sur 4, touche %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Voir le résultat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Suivant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Au cours des 7 derniers jours :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Clavier : flèches ou touches 1 à 4 pour choisir, Entrée pour continuer, Retour arrière pour revenir, Échap pour abandonner.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Abandonner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Précédent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Question précédente</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReceptionScreen</name>
        <message>
            <location filename="../src/parcours_app/ui/reception.py" line="-191" />
            <source>Quitter le mode accueil</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Réservé au personnel : quitter le mode accueil ? Rien de ce que les visiteurs ont saisi n'est gardé.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+279" />
            <source>L'annuaire n'a pas été chargé.

%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+67" />
            <source>⌂ Accueil</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Retour à l'accueil</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Personnel : charger l'annuaire…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Charger l'annuaire de la Maison depuis un fichier (réservé au personnel)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Le fichier exporté depuis l'annuaire (vue du personnel). Gardé en mémoire seulement.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Personnel : quitter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Quitter le mode accueil (réservé au personnel)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Réservé au personnel (Ctrl+Maj+Q)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReceptionStartScreen</name>
        <message>
            <location line="-243" />
            <source>Accueil du mode Maison</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Bienvenue à la Maison des 1000 premiers jours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Découvrez le calendrier des 1000 premiers jours : examens, démarches, congés, vaccins, ressources.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Notre Maison et ses services</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Découvrir la Maison et ses services</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ressources par étape</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ressources par étape et par thème</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Explorer le parcours d'une famille exemple (fictive) :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Écran partagé : rien de ce que vous saisissez n'est gardé. Il revient à l'accueil après quelques minutes sans utilisation.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>Parcours 1000 jours</source>
            <extracomment>From src/parcours_app/ui/reminders.py:72</extracomment>
            <translation type="unfinished">Parcours 1000 jours (مسار الألف يوم)</translation>
        </message>
        <message>
            <source>Ouvrir Parcours 1000 jours</source>
            <extracomment>From src/parcours_app/ui/reminders.py:73</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quitter</source>
            <extracomment>From src/parcours_app/ui/reminders.py:74</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rien en retard ni à faire cette semaine.</source>
            <extracomment>From src/parcours_app/ui/reminders.py:178</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%n étape en retard</source>
            <extracomment>From src/parcours_app/ui/reminders.py:189</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%n étapes en retard</source>
            <extracomment>From src/parcours_app/ui/reminders.py:190</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%n à faire cette semaine</source>
            <extracomment>From src/parcours_app/ui/reminders.py:191</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%n rendez-vous dans 7 jours</source>
            <extracomment>From src/parcours_app/ui/reminders.py:192</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResourceCard</name>
        <message>
            <location filename="../src/parcours_app/ui/resources_page.py" line="+58" />
            <source>toutes les étapes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 · %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Ouvrir : %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ouvre %1 dans le navigateur, après confirmation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ouvrir le lien : %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Mène au site %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Source : %1. Vérifié le %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>D'après : %1. Texte rédigé le %2, à relire sur le site officiel.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResourcesPage</name>
        <message>
            <location line="+186" />
            <source>Ressources pour : %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <location line="+112" />
            <source>Priorité nationale : %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-77" />
            <source>Aucune ressource ne correspond. Essayez un autre mot ou « Toutes les étapes ».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Ressources affichées : %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>En ce moment pour vous : %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Les autres étapes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>Toutes les étapes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 (en ce moment)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Tous les thèmes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Ressources</source>
            <translation type="unfinished">الموارد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Urgences et écoute</source>
            <translation type="unfinished">الطوارئ وخطوط الاستماع</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Urgences et écoute : numéros d'aide</source>
            <translation type="unfinished">الطوارئ وخطوط الاستماع: أرقام المساعدة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>3114, 15, 112, 114, 119, 3919, Allô Parents Bébé</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Les trois priorités nationales des 1000 premiers jours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Des messages clés pour chaque étape, et des liens vers des sites officiels seulement. L'application ne se connecte jamais à internet : les liens s'ouvrent dans votre navigateur, après confirmation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Rechercher :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>un mot, avec ou sans accents (ex. écrans, congé, sommeil)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Rechercher dans les ressources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>É&amp;tape :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Étape</source>
            <translation type="unfinished">المرحلة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>T&amp;hème :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Thème</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Tout afficher</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Afficher toutes les ressources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Nombre de ressources affichées</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Liste des ressources</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message>
            <location filename="../src/parcours_app/ui/selftest/result_page.py" line="+161" />
            <source>Résultat non enregistré</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Le résultat n'a pas pu être gardé ou effacé : %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Dans ce mode, aucun résultat n'est gardé : tout s'efface quand vous fermez le questionnaire.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Ce résultat est gardé sur cet ordinateur. Décochez la case pour l'effacer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Ce résultat n'est pas gardé : il s'effacera quand vous quitterez cette page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>PDF non enregistré</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Le fichier %1 n'a pas pu être écrit : %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>PDF enregistré</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Le résumé est enregistré dans %1. Vous pouvez l'imprimer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Impression impossible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Le résumé n'a pas pu être imprimé : %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Que faire maintenant, et qui voir ?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Garder ce résultat sur cet ordinateur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Case non cochée : rien n'est gardé. Cochée : le résultat est ajouté à votre historique.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Questionnaire : %1 Échelle originale : %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Questionnaire : %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Enregistrer le résumé en PDF (à imprimer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Imprimer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Imprimer le résumé d'une page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Terminer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Terminer et revenir à l'accueil du questionnaire</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Rules</name>
        <message>
            <source>Déclarer la naissance à la mairie</source>
            <extracomment>From resources/rules/birth.toml: rule[0].title</extracomment>
            <translation>التصريح بالولادة في البلدية</translation>
        </message>
        <message>
            <source>La naissance se déclare à la mairie du lieu de naissance dans les 5 jours qui suivent (le jour de la naissance ne compte pas). Si le dernier jour tombe un samedi, un dimanche ou un jour férié, le délai va jusqu'au jour ouvré suivant. Au-delà, il faut passer par le tribunal. Beaucoup de maternités ont un bureau d'état civil sur place.</source>
            <extracomment>From resources/rules/birth.toml: rule[0].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service de l'état civil de la mairie du lieu de naissance</source>
            <extracomment>From resources/rules/birth.toml: rule[0].whom</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le certificat d'accouchement, les pièces d'identité des parents, le livret de famille s'il existe, la reconnaissance anticipée s'il y en a une</source>
            <extracomment>From resources/rules/birth.toml: rule[0].to_bring</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entretien postnatal précoce</source>
            <extracomment>From resources/rules/birth.toml: rule[1].title</extracomment>
            <translation>المقابلة المبكرة بعد الولادة</translation>
        </message>
        <message>
            <source>Un entretien obligatoire entre la 4e et la 8e semaine après la naissance, pour parler de votre santé, de votre moral et de l'aide dont vous avez besoin. Le second parent peut y participer.</source>
            <extracomment>From resources/rules/birth.toml: rule[1].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sage-femme ou médecin (celui de l'entretien prénatal si possible)</source>
            <extracomment>From resources/rules/birth.toml: rule[1].whom</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Second entretien postnatal</source>
            <extracomment>From resources/rules/birth.toml: rule[2].title</extracomment>
            <translation>المقابلة الثانية بعد الولادة</translation>
        </message>
        <message>
            <source>Un second entretien peut être proposé entre la 10e et la 14e semaine après la naissance, après un premier enfant ou quand le premier entretien a repéré des signes de fragilité.</source>
            <extracomment>From resources/rules/birth.toml: rule[2].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le professionnel qui a fait le premier entretien</source>
            <extracomment>From resources/rules/birth.toml: rule[2].whom</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen postnatal de la mère</source>
            <extracomment>From resources/rules/birth.toml: rule[3].title</extracomment>
            <translation>الفحص الطبي للأم بعد الولادة</translation>
        </message>
        <message>
            <source>Un examen médical obligatoire de la mère dans les 8 semaines qui suivent l'accouchement, pris en charge à 100 %. En pratique, il a lieu entre la 6e et la 8e semaine.</source>
            <extracomment>From resources/rules/birth.toml: rule[3].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Médecin ou sage-femme</source>
            <extracomment>From resources/rules/birth.toml: rule[3].whom; resources/rules/leave.toml: rule[2].whom; resources/rules/pregnancy.toml: rule[1].whom; … and 3 more</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Carte Vitale, carnet de santé de la maternité, questions sur la contraception et la rééducation</source>
            <extracomment>From resources/rules/birth.toml: rule[3].to_bring</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Faire le point sur votre moral (5e semaine)</source>
            <extracomment>From resources/rules/birth.toml: rule[4].title</extracomment>
            <translation>تقييم حالتك النفسية (الأسبوع الخامس)</translation>
        </message>
        <message>
            <source>Un questionnaire de 10 questions (EPDS) pour faire le point sur vos sept derniers jours. Ce n'est pas un diagnostic : il aide à savoir s'il faut en parler à un professionnel. Il vaut aussi pour le second parent. Les réponses restent sur cet ordinateur.</source>
            <extracomment>From resources/rules/birth.toml: rule[4].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>En cas de difficulté : votre sage-femme, votre médecin, la PMI ; en cas d'idées noires, le 3114 à toute heure</source>
            <extracomment>From resources/rules/birth.toml: rule[4].whom; resources/rules/birth.toml: rule[5].whom</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refaire le point sur votre moral (12e semaine)</source>
            <extracomment>From resources/rules/birth.toml: rule[5].title</extracomment>
            <translation>إعادة تقييم حالتك النفسية (الأسبوع الثاني عشر)</translation>
        </message>
        <message>
            <source>Le même questionnaire (EPDS), au début de la 12e semaine après la naissance. La fatigue et le moral peuvent changer plusieurs semaines après l'accouchement, pour l'un ou l'autre parent.</source>
            <extracomment>From resources/rules/birth.toml: rule[5].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen de l'enfant dans les 8 jours</source>
            <extracomment>From resources/rules/child-exams.toml: rule[0].title</extracomment>
            <translation>فحص الطفل خلال الأيام الثمانية الأولى</translation>
        </message>
        <message>
            <source>Le premier examen obligatoire, dans les 8 jours après la naissance, souvent à la maternité. Il donne lieu au 1er certificat de santé. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[0].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Médecin (généraliste ou pédiatre) ou PMI</source>
            <extracomment>From resources/rules/child-exams.toml: defaults.whom</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le carnet de santé de l'enfant (le médecin remplit le certificat de santé)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[0].to_bring; resources/rules/child-exams.toml: rule[7].to_bring; resources/rules/child-exams.toml: rule[11].to_bring</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen de l'enfant (2e semaine)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[1].title</extracomment>
            <translation>فحص الطفل (الأسبوع الثاني)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours de la 2e semaine de vie : poids, alimentation, sommeil, ictère. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[1].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le carnet de santé de l'enfant</source>
            <extracomment>From resources/rules/child-exams.toml: rule[1].to_bring; resources/rules/child-exams.toml: rule[2].to_bring; resources/rules/child-exams.toml: rule[3].to_bring; … and 15 more</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen de l'enfant (2e mois)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[2].title</extracomment>
            <translation>فحص الطفل (الشهر الثاني)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours du 2e mois de vie : croissance, développement, vaccins du moment. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[2].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen de l'enfant (3e mois)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[3].title</extracomment>
            <translation>فحص الطفل (الشهر الثالث)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours du 3e mois de vie : croissance, développement, vaccins du moment. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[3].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen de l'enfant (4e mois)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[4].title</extracomment>
            <translation>فحص الطفل (الشهر الرابع)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours du 4e mois de vie : croissance, développement, vaccins du moment. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[4].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen de l'enfant (5e mois)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[5].title</extracomment>
            <translation>فحص الطفل (الشهر الخامس)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours du 5e mois de vie : croissance, développement, vaccins du moment. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[5].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen de l'enfant (6e mois)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[6].title</extracomment>
            <translation>فحص الطفل (الشهر السادس)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours du 6e mois de vie : croissance, développement, vaccins du moment. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[6].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen de l'enfant (9e mois)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[7].title</extracomment>
            <translation>فحص الطفل (الشهر التاسع)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours du 9e mois de vie. Il donne lieu au 2e certificat de santé. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[7].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen de l'enfant (12e mois)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[8].title</extracomment>
            <translation>فحص الطفل (الشهر الثاني عشر)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours du 12e mois de vie. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[8].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen de l'enfant (13e mois)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[9].title</extracomment>
            <translation>فحص الطفل (الشهر الثالث عشر)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours du 13e mois de vie. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[9].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen de l'enfant (entre 16 et 18 mois)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[10].title</extracomment>
            <translation>فحص الطفل (بين 16 و18 شهرًا)</translation>
        </message>
        <message>
            <source>Examen obligatoire entre 16 et 18 mois. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[10].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen de l'enfant (24e ou 25e mois)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[11].title</extracomment>
            <translation>فحص الطفل (الشهر 24 أو 25)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours du 24e ou du 25e mois. Il donne lieu au 3e certificat de santé. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[11].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen de l'enfant (3e année)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[12].title</extracomment>
            <translation>فحص الطفل (السنة الثالثة)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours de la 3e année de vie (entre 2 et 3 ans). Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[12].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen de l'enfant (4e année)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[13].title</extracomment>
            <translation>فحص الطفل (السنة الرابعة)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours de la 4e année de vie (entre 3 et 4 ans). Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[13].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen de l'enfant (5e année)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[14].title</extracomment>
            <translation>فحص الطفل (السنة الخامسة)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours de la 5e année de vie (entre 4 et 5 ans). Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[14].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen de l'enfant (6e année)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[15].title</extracomment>
            <translation>فحص الطفل (السنة السادسة)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours de la 6e année de vie (entre 5 et 6 ans). Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[15].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen de l'enfant (7e année)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[16].title</extracomment>
            <translation>فحص الطفل (السنة السابعة)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours de la 7e année de vie (entre 6 et 7 ans). Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[16].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen de l'enfant (entre 8 et 9 ans)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[17].title</extracomment>
            <translation>فحص الطفل (بين 8 و9 سنوات)</translation>
        </message>
        <message>
            <source>Examen obligatoire entre 8 et 9 ans. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[17].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen de l'enfant (entre 11 et 13 ans)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[18].title</extracomment>
            <translation>فحص الطفل (بين 11 و13 سنة)</translation>
        </message>
        <message>
            <source>Examen obligatoire entre 11 et 13 ans. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[18].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examen de l'adolescent (entre 15 et 16 ans)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[19].title</extracomment>
            <translation>فحص المراهق (بين 15 و16 سنة)</translation>
        </message>
        <message>
            <source>Examen obligatoire entre 15 et 16 ans. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[19].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Congé de maternité</source>
            <extracomment>From resources/rules/leave.toml: rule[0].title</extracomment>
            <translation>إجازة الأمومة</translation>
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
            <source>Votre employeur et votre caisse d'assurance maladie (la déclaration de grossesse suffit à ouvrir le droit)</source>
            <extracomment>From resources/rules/leave.toml: rule[0].whom</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Congé pathologique avant la naissance</source>
            <extracomment>From resources/rules/leave.toml: rule[1].title</extracomment>
            <translation>إجازة مرضية مرتبطة بالحمل قبل الولادة</translation>
        </message>
        <message>
            <source>Sur prescription, en cas d'état pathologique lié à la grossesse : jusqu'à 2 semaines (ici %1 jours) avant le congé de maternité, indemnisées comme lui. Ils peuvent être pris en plusieurs fois, dès la déclaration de grossesse.</source>
            <extracomment>From resources/rules/leave.toml: rule[1].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Médecin ou sage-femme qui vous suit</source>
            <extracomment>From resources/rules/leave.toml: rule[1].whom</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Congé pathologique après la naissance</source>
            <extracomment>From resources/rules/leave.toml: rule[2].title</extracomment>
            <translation>إجازة مرضية مرتبطة بالولادة بعد الوضع</translation>
        </message>
        <message>
            <source>Sur prescription, en cas d'état pathologique lié à l'accouchement : jusqu'à 4 semaines (ici %1 jours) juste après le congé de maternité, indemnisées comme un arrêt maladie.</source>
            <extracomment>From resources/rules/leave.toml: rule[2].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prévenir l'employeur du congé de paternité</source>
            <extracomment>From resources/rules/leave.toml: rule[3].title</extracomment>
            <translation>إبلاغ صاحب العمل بإجازة الأبوة</translation>
        </message>
        <message>
            <source>Le second parent salarié informe son employeur de la date prévue de l'accouchement au moins un mois avant, puis des dates de chaque période de congé au moins un mois avant qu'elle commence.</source>
            <extracomment>From resources/rules/leave.toml: rule[3].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Un courrier ou un courriel daté à l'employeur, avec la date prévue de l'accouchement</source>
            <extracomment>From resources/rules/leave.toml: rule[3].to_bring</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Congé de naissance (3 jours)</source>
            <extracomment>From resources/rules/leave.toml: rule[4].title</extracomment>
            <translation>إجازة الولادة (3 أيام)</translation>
        </message>
        <message>
            <source>3 jours ouvrables payés par l'employeur, obligatoires, qui commencent le jour de la naissance ou le premier jour ouvrable suivant, au choix du salarié. Les dimanches et les jours fériés ne comptent pas.</source>
            <extracomment>From resources/rules/leave.toml: rule[4].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>L'acte de naissance ou une copie du livret de famille, pour l'employeur</source>
            <extracomment>From resources/rules/leave.toml: rule[4].to_bring</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Congé de paternité : 4 jours obligatoires</source>
            <extracomment>From resources/rules/leave.toml: rule[5].title</extracomment>
            <translation>إجازة الأبوة: 4 أيام إلزامية</translation>
        </message>
        <message>
            <source>4 jours calendaires obligatoires juste après le congé de naissance (%1 jours ici). Si le bébé est hospitalisé dès la naissance, cette période est prolongée pendant l'hospitalisation, jusqu'à 30 jours.</source>
            <extracomment>From resources/rules/leave.toml: rule[5].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Votre employeur ; la caisse d'assurance maladie verse les indemnités</source>
            <extracomment>From resources/rules/leave.toml: rule[5].whom</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>L'acte de naissance ; un bulletin d'hospitalisation du bébé s'il y a lieu</source>
            <extracomment>From resources/rules/leave.toml: rule[5].to_bring</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Congé de paternité : les jours restants</source>
            <extracomment>From resources/rules/leave.toml: rule[6].title</extracomment>
            <translation>إجازة الأبوة: الأيام المتبقية</translation>
        </message>
        <message>
            <source>Les %1 jours calendaires restants du congé de paternité et d'accueil de l'enfant se prennent en une ou deux fois (au moins 5 jours chacune), à terminer au plus tard à la fin de la période indiquée. Prévenez l'employeur un mois avant chaque période.</source>
            <extracomment>From resources/rules/leave.toml: rule[6].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Votre employeur</source>
            <extracomment>From resources/rules/leave.toml: rule[6].whom</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Congé supplémentaire de naissance</source>
            <extracomment>From resources/rules/leave.toml: rule[7].title</extracomment>
            <translation>إجازة الولادة الإضافية</translation>
        </message>
        <message>
            <source>Nouveau depuis la loi de financement de la sécurité sociale pour 2026 : pour un enfant né à partir du 1er janvier 2026, chaque parent peut prendre 1 ou 2 mois, en une ou deux fois, après avoir épuisé son congé de maternité ou de paternité, et pas avant le 1er juillet 2026. La fin de la période (annoncée aux 9 mois de l'enfant, ou fin 2026 pour les enfants nés jusqu'au 31 mai 2026) et le montant de l'indemnité dépendent d'un décret : vérifiez auprès de votre caisse.</source>
            <extracomment>From resources/rules/leave.toml: rule[7].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Votre employeur (préavis d'au moins 15 jours à 1 mois, fixé par décret) et votre caisse d'assurance maladie</source>
            <extracomment>From resources/rules/leave.toml: rule[7].whom</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rentrée à l'école (instruction obligatoire)</source>
            <extracomment>From resources/rules/milestones.toml: rule[0].title</extracomment>
            <translation>الدخول المدرسي (التعليم الإلزامي)</translation>
        </message>
        <message>
            <source>L'instruction est obligatoire à partir de la rentrée de septembre de l'année civile des 3 ans de l'enfant. Inscrivez-le d'abord à la mairie, puis à l'école, au printemps précédent.</source>
            <extracomment>From resources/rules/milestones.toml: rule[0].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La mairie (inscription), puis l'école</source>
            <extracomment>From resources/rules/milestones.toml: rule[0].whom</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Livret de famille ou acte de naissance, justificatif de domicile, carnet de santé (vaccins à jour)</source>
            <extracomment>From resources/rules/milestones.toml: rule[0].to_bring</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Les 1000 premiers jours</source>
            <extracomment>From resources/rules/milestones.toml: rule[1].title</extracomment>
            <translation>الأيام الألف الأولى</translation>
        </message>
        <message>
            <source>Les 1000 premiers jours vont du 4e mois de grossesse aux 2 ans de l'enfant : une période clé pour sa santé et son développement, et pour les parents.</source>
            <extracomment>From resources/rules/milestones.toml: rule[1].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La PMI ou la Maison des 1000 premiers jours près de chez vous</source>
            <extracomment>From resources/rules/milestones.toml: rule[1].whom</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1er examen prénatal</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[0].title</extracomment>
            <translation>الفحص الأول قبل الولادة</translation>
        </message>
        <message>
            <source>Le premier des 7 examens prénataux obligatoires, avant la fin du 3e mois de grossesse. Le médecin ou la sage-femme confirme la grossesse, prescrit les premières analyses de sang et remplit la déclaration de grossesse.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[0].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Médecin (généraliste ou gynécologue) ou sage-femme, en cabinet, à l'hôpital ou en PMI</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[0].whom</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Carte Vitale, date des dernières règles, traitements en cours, carnet de vaccination</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[0].to_bring</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2e examen prénatal (4e mois)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[1].title</extracomment>
            <translation>الفحص الثاني قبل الولادة (الشهر الرابع)</translation>
        </message>
        <message>
            <source>Examen prénatal obligatoire du 4e mois de grossesse, pris en charge à 100 %.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[1].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Carte Vitale, résultats des analyses</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[1].to_bring; resources/rules/pregnancy.toml: rule[3].to_bring; resources/rules/pregnancy.toml: rule[4].to_bring</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3e examen prénatal (5e mois)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[2].title</extracomment>
            <translation>الفحص الثالث قبل الولادة (الشهر الخامس)</translation>
        </message>
        <message>
            <source>Examen prénatal obligatoire du 5e mois de grossesse, pris en charge à 100 %.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[2].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Carte Vitale, résultats des analyses et de l'échographie</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[2].to_bring</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>4e examen prénatal (6e mois)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[3].title</extracomment>
            <translation>الفحص الرابع قبل الولادة (الشهر السادس)</translation>
        </message>
        <message>
            <source>Examen prénatal obligatoire du 6e mois de grossesse. Une prise de sang recherche l'hépatite B et vérifie la numération sanguine.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[3].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5e examen prénatal (7e mois)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[4].title</extracomment>
            <translation>الفحص الخامس قبل الولادة (الشهر السابع)</translation>
        </message>
        <message>
            <source>Examen prénatal obligatoire du 7e mois de grossesse, pris en charge à 100 %.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[4].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>6e examen prénatal (8e mois)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[5].title</extracomment>
            <translation>الفحص السادس قبل الولادة (الشهر الثامن)</translation>
        </message>
        <message>
            <source>Examen prénatal obligatoire du 8e mois de grossesse. C'est aussi le mois de la consultation avec l'anesthésiste.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[5].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Médecin ou sage-femme, souvent à la maternité choisie</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[5].whom</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Carte Vitale, dossier de grossesse</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[5].to_bring; resources/rules/pregnancy.toml: rule[6].to_bring</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>7e examen prénatal (9e mois)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[6].title</extracomment>
            <translation>الفحص السابع قبل الولادة (الشهر التاسع)</translation>
        </message>
        <message>
            <source>Dernier examen prénatal obligatoire, au 9e mois de grossesse, en général à la maternité.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[6].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Médecin ou sage-femme de la maternité</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[6].whom</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Déclarer la grossesse</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[7].title</extracomment>
            <translation>التصريح بالحمل</translation>
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
            <source>Médecin ou sage-femme du 1er examen prénatal</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[7].whom</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Carte Vitale</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[7].to_bring</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entretien prénatal précoce</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[8].title</extracomment>
            <translation>المقابلة المبكرة قبل الولادة</translation>
        </message>
        <message>
            <source>Un temps d'échange obligatoire, seule ou en couple, pour parler de la grossesse, de vos besoins et de l'arrivée du bébé. Il est conseillé dès le 4e mois, mais il n'est jamais trop tard.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[8].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sage-femme ou médecin, en libéral ou en PMI</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[8].whom</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1re échographie (vers 12 SA)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[9].title</extracomment>
            <translation>الفحص الأول بالموجات فوق الصوتية (نحو الأسبوع 12)</translation>
        </message>
        <message>
            <source>Échographie recommandée du 1er trimestre, entre 11 SA et 13 SA + 6 j. Elle date précisément la grossesse : la date de début de grossesse qu'elle donne sert pour tout le suivi.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[9].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Échographiste (médecin ou sage-femme)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[9].whom; resources/rules/pregnancy.toml: rule[10].whom; resources/rules/pregnancy.toml: rule[11].whom</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Carte Vitale, ordonnance</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[9].to_bring</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2e échographie (vers 22 SA)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[10].title</extracomment>
            <translation>الفحص الثاني بالموجات فوق الصوتية (نحو الأسبوع 22)</translation>
        </message>
        <message>
            <source>Échographie recommandée du 2e trimestre, vers 22 SA (entre 20 SA et 24 SA + 6 j) : elle vérifie la croissance et l'anatomie du bébé.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[10].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Carte Vitale, ordonnance, compte rendu de la 1re échographie</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[10].to_bring</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3e échographie (vers 32 SA)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[11].title</extracomment>
            <translation>الفحص الثالث بالموجات فوق الصوتية (نحو الأسبوع 32)</translation>
        </message>
        <message>
            <source>Échographie recommandée du 3e trimestre, vers 32 SA (entre 30 SA et 34 SA + 6 j) : elle vérifie la croissance et la position du bébé.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[11].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Carte Vitale, ordonnance, comptes rendus des échographies précédentes</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[11].to_bring</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prise en charge à 100 % de tous les soins</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[12].title</extracomment>
            <translation>تغطية جميع العلاجات بنسبة 100 %</translation>
        </message>
        <message>
            <source>Du 1er jour du 6e mois de grossesse au 12e jour après l'accouchement, l'Assurance Maladie rembourse à 100 % tous les soins remboursables, même sans lien avec la grossesse.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[12].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consultation d'anesthésie (8e mois)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[13].title</extracomment>
            <translation>استشارة التخدير (الشهر الثامن)</translation>
        </message>
        <message>
            <source>Consultation avec l'anesthésiste de la maternité au 8e mois, qu'une péridurale soit prévue ou non. Elle est prise en charge à 100 %.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[13].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anesthésiste de la maternité</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[13].whom</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Carte Vitale, résultats des analyses, liste des traitements et allergies</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[13].to_bring</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bilan bucco-dentaire offert</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[14].title</extracomment>
            <translation>فحص مجاني للفم والأسنان</translation>
        </message>
        <message>
            <source>Un examen de prévention chez le dentiste est pris en charge à 100 % à partir du 4e mois de grossesse. Les changements de la grossesse fragilisent les gencives : mieux vaut le faire avant l'accouchement.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[14].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chirurgien-dentiste</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[14].whom</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Carte Vitale, l'invitation de l'Assurance Maladie si vous l'avez reçue</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[14].to_bring</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vaccins des 2 mois</source>
            <extracomment>From resources/rules/vaccines.toml: rule[0].title</extracomment>
            <translation>لقاحات الشهرين</translation>
        </message>
        <message>
            <source>Diphtérie, tétanos, coqueluche, poliomyélite, Haemophilus influenzae b, hépatite B (vaccin hexavalent, 1re dose) et pneumocoque (1re dose). Le vaccin contre le rotavirus, recommandé, peut commencer à cet âge. Ces vaccins sont obligatoires pour entrer en crèche, chez une assistante maternelle ou à l'école.</source>
            <extracomment>From resources/rules/vaccines.toml: rule[0].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Médecin, pédiatre, PMI ou sage-femme (et pharmacien ou infirmier sur prescription)</source>
            <extracomment>From resources/rules/vaccines.toml: defaults.whom</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vaccin des 3 mois</source>
            <extracomment>From resources/rules/vaccines.toml: rule[1].title</extracomment>
            <translation>لقاح الأشهر الثلاثة</translation>
        </message>
        <message>
            <source>Méningocoque B (1re dose), obligatoire pour les enfants nés depuis 2025. Ces vaccins sont obligatoires pour entrer en crèche, chez une assistante maternelle ou à l'école.</source>
            <extracomment>From resources/rules/vaccines.toml: rule[1].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vaccins des 4 mois</source>
            <extracomment>From resources/rules/vaccines.toml: rule[2].title</extracomment>
            <translation>لقاحات الأشهر الأربعة</translation>
        </message>
        <message>
            <source>Vaccin hexavalent (2e dose) et pneumocoque (2e dose). Ces vaccins sont obligatoires pour entrer en crèche, chez une assistante maternelle ou à l'école.</source>
            <extracomment>From resources/rules/vaccines.toml: rule[2].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vaccin des 5 mois</source>
            <extracomment>From resources/rules/vaccines.toml: rule[3].title</extracomment>
            <translation>لقاح الأشهر الخمسة</translation>
        </message>
        <message>
            <source>Méningocoque B (2e dose). Ces vaccins sont obligatoires pour entrer en crèche, chez une assistante maternelle ou à l'école.</source>
            <extracomment>From resources/rules/vaccines.toml: rule[3].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vaccin des 6 mois</source>
            <extracomment>From resources/rules/vaccines.toml: rule[4].title</extracomment>
            <translation>لقاح الأشهر الستة</translation>
        </message>
        <message>
            <source>Méningocoques A, C, W, Y (1re dose). Ces vaccins sont obligatoires pour entrer en crèche, chez une assistante maternelle ou à l'école.</source>
            <extracomment>From resources/rules/vaccines.toml: rule[4].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rappels des 11 mois</source>
            <extracomment>From resources/rules/vaccines.toml: rule[5].title</extracomment>
            <translation>الجرعات المعززة في الشهر 11</translation>
        </message>
        <message>
            <source>Rappels du vaccin hexavalent et du pneumocoque. Ces vaccins sont obligatoires pour entrer en crèche, chez une assistante maternelle ou à l'école.</source>
            <extracomment>From resources/rules/vaccines.toml: rule[5].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vaccins des 12 mois</source>
            <extracomment>From resources/rules/vaccines.toml: rule[6].title</extracomment>
            <translation>لقاحات الشهر 12</translation>
        </message>
        <message>
            <source>Rougeole, oreillons, rubéole (1re dose), rappel méningocoques A, C, W, Y et rappel méningocoque B. Ces vaccins sont obligatoires pour entrer en crèche, chez une assistante maternelle ou à l'école.</source>
            <extracomment>From resources/rules/vaccines.toml: rule[6].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vaccin entre 16 et 18 mois</source>
            <extracomment>From resources/rules/vaccines.toml: rule[7].title</extracomment>
            <translation>لقاح بين 16 و18 شهرًا</translation>
        </message>
        <message>
            <source>Rougeole, oreillons, rubéole (2e dose). Ces vaccins sont obligatoires pour entrer en crèche, chez une assistante maternelle ou à l'école.</source>
            <extracomment>From resources/rules/vaccines.toml: rule[7].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vaccin contre le rotavirus (recommandé)</source>
            <extracomment>From resources/rules/vaccines.toml: rule[8].title</extracomment>
            <translation>لقاح فيروس الروتا (موصى به)</translation>
        </message>
        <message>
            <source>Recommandé, non obligatoire : 2 ou 3 doses à avaler, à partir de 6 semaines, à 2, 3 (et 4) mois. La 1re dose se donne au plus tard à 4 mois ; il protège des gastro-entérites graves du nourrisson.</source>
            <extracomment>From resources/rules/vaccines.toml: rule[8].explanation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Médecin, pédiatre ou PMI</source>
            <extracomment>From resources/rules/vaccines.toml: rule[8].whom</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SampleFamilyCard</name>
        <message>
            <location filename="../src/parcours_app/ui/reception.py" line="-81" />
            <source>Explorer ce parcours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Explorer le parcours : %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SelectionBox</name>
        <message>
            <location filename="../src/parcours_app/ui/export_dialogs.py" line="-346" />
            <source>Que garder ?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Tout le parcours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Les étapes &amp;obligatoires seulement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Les étapes d’un &amp;enfant :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Tout le parcours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Les étapes obligatoires seulement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Les étapes d’un enfant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>le bébé attendu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Enfant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>L’enfant dont les examens, vaccins et étapes sont gardés</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SelfTestDialogs</name>
        <message>
            <location filename="../src/parcours_app/ui/selftest/common.py" line="+63" />
            <source>Enregistrer le résumé en PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Document PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Imprimer le résumé</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SelfTestPage</name>
        <message>
            <location filename="../src/parcours_app/ui/selftest/selftest_page.py" line="+241" />
            <source>Questionnaire indisponible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+50" />
            <source>Besoin d'aide maintenant ?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Besoin d'aide maintenant ? Ouvrir les numéros d'urgence et d'écoute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Numéros d'urgence et d'écoute : 3114, 15, 112 et d'autres</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/settings_dialog.py" line="+180" />
            <source>Le nouveau dossier sera utilisé au prochain démarrage. Vos données actuelles restent dans l'ancien dossier : copiez le fichier parcours.sqlite si vous voulez les emporter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Paramètres</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Affichage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Rappels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Données</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Langue :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Taille du texte :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>T&amp;hème :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Clair</source>
            <translation type="unfinished">فاتح</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sombre</source>
            <translation type="unfinished">داكن</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contraste élevé</source>
            <translation type="unfinished">تباين عالٍ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Une &amp;heure avant un rendez-vous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>La &amp;veille (rendez-vous et dates limites)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Une se&amp;maine avant (rendez-vous et dates limites)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Garder l'application dans la zone de &amp;notification quand je la ferme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Démarrer à l'ouverture de session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Sur macOS : Réglages système &gt; Général &gt; Ouverture, ajoutez Parcours 1000 jours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Dossier des données :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Choisir…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Choisir le dossier des données</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Vos données restent sur cet ordinateur, lisibles par vous seul.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Supprimer toutes les données…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Supprimer toutes les données de la famille</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StageTimeline</name>
        <message>
            <location filename="../src/parcours_app/ui/journey/timeline.py" line="+54" />
            <source>Frise des étapes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Aucune grossesse ni aucun enfant pour l'instant.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Aujourd'hui : %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Aujourd'hui : avant la grossesse.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Aujourd'hui : après les 3 ans de l'enfant.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Naissance prévue le %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Naissance le %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Les 1000 premiers jours vont du %1 au %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Étape choisie : %1, du %2 au %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+78" />
            <source>● Naissance prévue le %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>● Naissance le %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Grossesse (mois)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Âge de l'enfant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+71" />
            <source>Les 1000 premiers jours</source>
            <translation type="unfinished">الأيام الألف الأولى</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Aujourd'hui</source>
            <translation type="unfinished">اليوم</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <location filename="../src/parcours_app/ui/selftest/selftest_page.py" line="-156" />
            <source>Présentation du questionnaire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Questionnaire : comment vous sentez-vous depuis la naissance ?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Ce questionnaire de 10 questions (l'échelle d'Édimbourg, EPDS) aide à repérer une dépression après la naissance, qui touche une mère sur six environ et près d'un père sur dix. Il porte sur les 7 derniers jours et prend quelques minutes. Vous pouvez l'arrêter à tout moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <location line="+1" />
            <source>Qui répond ?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>La mère (la personne qui a accouché)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>L'autre parent, questions au masculin (« je me suis senti »)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>L'autre parent, questions au féminin (« je me suis sentie »)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <location line="+1" />
            <source>Langue du questionnaire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Français (version validée, Guedeney et Fermanian, 1998)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>English (original version, Cox, Holden and Sagovsky, 1987)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Le questionnaire n'existe ici qu'en français et en anglais, les deux versions validées par des études publiées : une traduction non validée changerait le sens des scores.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Commencer le questionnaire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Mes résultats gardés</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_ExportDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/export_dialogs.py" line="+55" />
            <source>Le fichier %1 n’a pas pu être enregistré (%2). Choisissez un autre dossier.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_FamilyChangeDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/first_run.py" line="+385" />
            <source>Indiquez la date.</source>
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
            <translation type="unfinished">الأيام الألف الأولى</translation>
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
            <translation type="unfinished">التصريح بالحمل</translation>
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
        <message>
            <source>un site de l'État (gouv.fr)</source>
            <extracomment>From resources/content/official_domains.toml: domain[0].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service-Public.fr, le site officiel de l'administration française</source>
            <extracomment>From resources/content/official_domains.toml: domain[1].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1000-premiers-jours.fr, le site officiel des 1000 premiers jours</source>
            <extracomment>From resources/content/official_domains.toml: domain[2].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ameli.fr (Assurance Maladie)</source>
            <extracomment>From resources/content/official_domains.toml: domain[3].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>caf.fr (Caisse d'allocations familiales)</source>
            <extracomment>From resources/content/official_domains.toml: domain[4].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>monenfant.fr (modes d'accueil, site de la Caf)</source>
            <extracomment>From resources/content/official_domains.toml: domain[5].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>msa.fr (Mutualité sociale agricole)</source>
            <extracomment>From resources/content/official_domains.toml: domain[6].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>santepubliquefrance.fr (Santé publique France)</source>
            <extracomment>From resources/content/official_domains.toml: domain[7].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mangerbouger.fr (Santé publique France)</source>
            <extracomment>From resources/content/official_domains.toml: domain[8].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vaccination-info-service.fr (Santé publique France)</source>
            <extracomment>From resources/content/official_domains.toml: domain[9].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>alcool-info-service.fr (Santé publique France)</source>
            <extracomment>From resources/content/official_domains.toml: domain[10].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tabac-info-service.fr (Assurance Maladie et Santé publique France)</source>
            <extracomment>From resources/content/official_domains.toml: domain[11].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>drogues-info-service.fr (Santé publique France)</source>
            <extracomment>From resources/content/official_domains.toml: domain[12].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>agir-pour-bebe.fr (Santé publique France)</source>
            <extracomment>From resources/content/official_domains.toml: domain[13].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>has-sante.fr (Haute Autorité de santé)</source>
            <extracomment>From resources/content/official_domains.toml: domain[14].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3114.fr (numéro national de prévention du suicide)</source>
            <extracomment>From resources/content/official_domains.toml: domain[15].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mon-enfant-et-les-ecrans.fr (Union nationale des associations familiales)</source>
            <extracomment>From resources/content/official_domains.toml: domain[16].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>maman-blues.fr (association Maman Blues)</source>
            <extracomment>From resources/content/official_domains.toml: domain[17].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>enfance-et-partage.org (association Enfance et Partage, Allô Parents Bébé)</source>
            <extracomment>From resources/content/official_domains.toml: domain[18].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>solidaritefemmes.org (Fédération nationale Solidarité Femmes, 3919)</source>
            <extracomment>From resources/content/official_domains.toml: domain[19].label</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>github.com/SocialGouv (code source des outils officiels des ministères sociaux)</source>
            <extracomment>From resources/content/official_domains.toml: domain[20].label</extracomment>
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
            <extracomment>From src/parcours_app/core/directory.py:184</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ce fichier n'est pas un annuaire exporté par Parcours 1000 jours.</source>
            <extracomment>From src/parcours_app/core/directory.py:191</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La version du fichier d'annuaire est absente ou illisible.</source>
            <extracomment>From src/parcours_app/core/directory.py:194</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ce fichier d'annuaire vient d'une version plus récente de l'application (format %1) : mettez-la à jour.</source>
            <extracomment>From src/parcours_app/core/directory.py:197</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le fichier d'annuaire ne contient pas de liste « places ».</source>
            <extracomment>From src/parcours_app/core/directory.py:206</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le fichier contient trop de lieux (%1 au plus).</source>
            <extracomment>From src/parcours_app/core/directory.py:209</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le fichier %1 est trop gros pour être un annuaire.</source>
            <extracomment>From src/parcours_app/core/directory.py:220</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le fichier %1 n'a pas pu être lu (%2).</source>
            <extracomment>From src/parcours_app/core/directory.py:225</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le fichier %1 n'est pas un texte UTF-8 : ce n'est pas un annuaire.</source>
            <extracomment>From src/parcours_app/core/directory.py:233</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>L'annuaire n'a pas pu être enregistré dans %1 (%2).</source>
            <extracomment>From src/parcours_app/core/directory.py:254</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ce n'est pas une fiche de lieu.</source>
            <extracomment>From src/parcours_app/core/directory.py:292</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>champ inconnu « %1 ».</source>
            <extracomment>From src/parcours_app/core/directory.py:296</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>le type de lieu « %1 » est inconnu.</source>
            <extracomment>From src/parcours_app/core/directory.py:303</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>le champ « %1 » doit être un texte.</source>
            <extracomment>From src/parcours_app/core/directory.py:310</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>« services » doit être une liste.</source>
            <extracomment>From src/parcours_app/core/directory.py:315</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>chaque service a une « component » et un texte « service ».</source>
            <extracomment>From src/parcours_app/core/directory.py:335</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>la composante « %1 » n'existe pas.</source>
            <extracomment>From src/parcours_app/core/directory.py:342</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fiche du lieu : %1</source>
            <extracomment>From src/parcours_app/core/directory.py:361</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lieu n° %1 du fichier : %2</source>
            <extracomment>From src/parcours_app/core/directory.py:362</extracomment>
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
            <translation type="unfinished">تعذّرت قراءة الملف %1: %2</translation>
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
            <extracomment>From src/parcours_app/core/helplines.py:57</extracomment>
            <translation>تعذّرت قراءة الملف %1: %2</translation>
        </message>
        <message>
            <source>%1, entrée %2 : champs manquants ou source sans adresse https (%3).</source>
            <extracomment>From src/parcours_app/core/helplines.py:64</extracomment>
            <translation>%1، المُدخل %2: حقول ناقصة أو مصدر بلا عنوان https (%3).</translation>
        </message>
        <message>
            <source>%1, entrée %2 : %3</source>
            <extracomment>From src/parcours_app/core/helplines.py:87</extracomment>
            <translation>%1، المُدخل %2: %3</translation>
        </message>
        <message>
            <source>%1 : aucune ligne d'urgence (crisis = true).</source>
            <extracomment>From src/parcours_app/core/helplines.py:90</extracomment>
            <translation>%1: لا يوجد أي خط طوارئ (crisis = true).</translation>
        </message>
        <message>
            <source>3114 : numéro national de prévention du suicide</source>
            <extracomment>From resources/content/helplines.toml: helplines[0].name</extracomment>
            <translation>3114: الرقم الوطني للوقاية من الانتحار</translation>
        </message>
        <message>
            <source>Si vous pensez à vous faire du mal ou au suicide, ou si vous êtes inquiet ou inquiète pour un proche : des soignants vous écoutent et vous aident.</source>
            <extracomment>From resources/content/helplines.toml: helplines[0].purpose</extracomment>
            <translation>إذا كنت تفكّر في إيذاء نفسك أو في الانتحار، أو إذا كنت قلقًا أو قلقةً على شخص قريب منك: يستمع إليك مختصون في الرعاية الصحية ويساعدونك.</translation>
        </message>
        <message>
            <source>Gratuit, à toute heure, 24 heures sur 24 et 7 jours sur 7.</source>
            <extracomment>From resources/content/helplines.toml: helplines[0].availability</extracomment>
            <translation>مجاني، في أي ساعة، على مدار 24 ساعة و7 أيام في الأسبوع.</translation>
        </message>
        <message>
            <source>15 : SAMU</source>
            <extracomment>From resources/content/helplines.toml: helplines[1].name</extracomment>
            <translation>15: SAMU (الإسعاف الطبي الاستعجالي)</translation>
        </message>
        <message>
            <source>Urgence médicale, danger immédiat pour vous ou pour votre bébé.</source>
            <extracomment>From resources/content/helplines.toml: helplines[1].purpose</extracomment>
            <translation>حالة طبية طارئة، أو خطر داهم عليك أو على طفلك.</translation>
        </message>
        <message>
            <source>Gratuit, à toute heure.</source>
            <extracomment>From resources/content/helplines.toml: helplines[1].availability; resources/content/helplines.toml: helplines[2].availability</extracomment>
            <translation>مجاني، في أي ساعة.</translation>
        </message>
        <message>
            <source>112 : numéro d'urgence européen</source>
            <extracomment>From resources/content/helplines.toml: helplines[2].name</extracomment>
            <translation>112: رقم الطوارئ الأوروبي</translation>
        </message>
        <message>
            <source>Toute urgence, depuis n'importe quel pays de l'Union européenne, y compris depuis un téléphone portable.</source>
            <extracomment>From resources/content/helplines.toml: helplines[2].purpose</extracomment>
            <translation>لأي حالة طارئة، من أي بلد في الاتحاد الأوروبي، بما في ذلك من الهاتف المحمول.</translation>
        </message>
        <message>
            <source>114 : urgence par SMS</source>
            <extracomment>From resources/content/helplines.toml: helplines[3].name</extracomment>
            <translation>114: الطوارئ عبر الرسائل القصيرة</translation>
        </message>
        <message>
            <source>Pour demander les secours par SMS quand on ne peut pas parler ou entendre (personnes sourdes ou malentendantes, ou danger à parler).</source>
            <extracomment>From resources/content/helplines.toml: helplines[3].purpose</extracomment>
            <translation>لطلب النجدة برسالة قصيرة عندما لا تستطيع الكلام أو السمع (الأشخاص الصمّ أو ضعاف السمع، أو عندما يكون الكلام خطرًا).</translation>
        </message>
        <message>
            <source>Gratuit, par SMS, visiophonie ou tchat.</source>
            <extracomment>From resources/content/helplines.toml: helplines[3].availability</extracomment>
            <translation>مجاني، عبر الرسائل القصيرة أو مكالمة الفيديو أو الدردشة.</translation>
        </message>
        <message>
            <source>Allô Parents Bébé : 0 800 00 34 56</source>
            <extracomment>From resources/content/helplines.toml: helplines[4].name</extracomment>
            <translation>Allô Parents Bébé: 0 800 00 34 56</translation>
        </message>
        <message>
            <source>Écoute et conseils des parents, de la grossesse aux premières années de l'enfant : fatigue, pleurs du bébé, doutes, difficultés du quotidien.</source>
            <extracomment>From resources/content/helplines.toml: helplines[4].purpose</extracomment>
            <translation>الاستماع إلى الوالدين ونصحهم، من الحمل إلى السنوات الأولى للطفل: التعب، بكاء الرضيع، الشكوك، صعوبات الحياة اليومية.</translation>
        </message>
        <message>
            <source>Gratuit et anonyme. Horaires : voir le site de l'association Enfance et Partage.</source>
            <extracomment>From resources/content/helplines.toml: helplines[4].availability</extracomment>
            <translation>مجاني ومن دون الكشف عن الهوية. أوقات العمل: انظر موقع جمعية Enfance et Partage.</translation>
        </message>
        <message>
            <source>3919 : Violences Femmes Info</source>
            <extracomment>From resources/content/helplines.toml: helplines[5].name</extracomment>
            <translation>3919: Violences Femmes Info (العنف ضد النساء)</translation>
        </message>
        <message>
            <source>Violences conjugales, sexuelles ou psychologiques : écoute, informations et orientation, pour les victimes et leurs proches.</source>
            <extracomment>From resources/content/helplines.toml: helplines[5].purpose</extracomment>
            <translation>العنف الزوجي أو الجنسي أو النفسي: استماع ومعلومات وتوجيه للضحايا ولأقاربهم.</translation>
        </message>
        <message>
            <source>Gratuit et anonyme, à toute heure.</source>
            <extracomment>From resources/content/helplines.toml: helplines[5].availability</extracomment>
            <translation>مجاني ومن دون الكشف عن الهوية، في أي ساعة.</translation>
        </message>
        <message>
            <source>119 : Allô Enfance en Danger</source>
            <extracomment>From resources/content/helplines.toml: helplines[6].name</extracomment>
            <translation>119: Allô Enfance en Danger (الأطفال في خطر)</translation>
        </message>
        <message>
            <source>Un enfant est en danger ou risque de l'être, y compris si vous craignez de ne plus pouvoir vous en occuper : écoute et protection.</source>
            <extracomment>From resources/content/helplines.toml: helplines[6].purpose</extracomment>
            <translation>طفل في خطر أو معرَّض له، بما في ذلك إذا كنت تخشى ألا تستطيع رعايته بعد الآن: استماع وحماية.</translation>
        </message>
        <message>
            <source>Gratuit, à toute heure ; l'appel n'apparaît pas sur les factures.</source>
            <extracomment>From resources/content/helplines.toml: helplines[6].availability</extracomment>
            <translation>مجاني، في أي ساعة؛ ولا تظهر المكالمة في الفواتير.</translation>
        </message>
        <message>
            <source>Maman Blues</source>
            <extracomment>From resources/content/helplines.toml: helplines[7].name</extracomment>
            <translation>Maman Blues</translation>
        </message>
        <message>
            <source>Association de parents qui ont traversé une difficulté maternelle ou une dépression postnatale : témoignages, écoute, rencontres ; partenaire officiel de « 1000 jours blues ».</source>
            <extracomment>From resources/content/helplines.toml: helplines[7].purpose</extracomment>
            <translation>جمعية لآباء وأمهات مرّوا بصعوبات الأمومة أو باكتئاب ما بعد الولادة: شهادات، استماع، لقاءات؛ شريك رسمي لبرنامج «1000 jours blues».</translation>
        </message>
        <message>
            <source>Contact par le site de l'association.</source>
            <extracomment>From resources/content/helplines.toml: helplines[7].availability</extracomment>
            <translation>التواصل عبر موقع الجمعية.</translation>
        </message>
        <message>
            <source>SOS Préma : 0 800 96 60 60</source>
            <extracomment>From resources/content/helplines.toml: helplines[8].name</extracomment>
            <translation>SOS Préma: 0 800 96 60 60</translation>
        </message>
        <message>
            <source>Association des parents de bébés nés prématurément ou hospitalisés à la naissance : écoute, entraide, informations.</source>
            <extracomment>From resources/content/helplines.toml: helplines[8].purpose</extracomment>
            <translation>جمعية آباء وأمهات الأطفال المولودين قبل الأوان أو الذين أُدخلوا المستشفى عند الولادة: استماع، تضامن، معلومات.</translation>
        </message>
        <message>
            <source>Gratuit. Horaires : voir le site de l'association.</source>
            <extracomment>From resources/content/helplines.toml: helplines[8].availability</extracomment>
            <translation>مجاني. أوقات العمل: انظر موقع الجمعية.</translation>
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <location filename="../src/parcours_app/ui/settings_dialog.py" line="+11" />
            <source>Dossier des données</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>reminders</name>
        <message>
            <source>Rendez-vous bientôt</source>
            <extracomment>From src/parcours_app/core/reminders.py:102</extracomment>
            <translation>موعد قريب</translation>
        </message>
        <message>
            <source>Rendez-vous</source>
            <extracomment>From src/parcours_app/core/reminders.py:103</extracomment>
            <translation>موعد</translation>
        </message>
        <message>
            <source>%1 le %2 à %3, %4</source>
            <extracomment>From src/parcours_app/core/reminders.py:106</extracomment>
            <translation>%1 يوم %2 على الساعة %3، %4</translation>
        </message>
        <message>
            <source>%1 le %2 à %3</source>
            <extracomment>From src/parcours_app/core/reminders.py:108</extracomment>
            <translation>%1 يوم %2 على الساعة %3</translation>
        </message>
        <message>
            <source>C'est le moment</source>
            <extracomment>From src/parcours_app/core/reminders.py:113</extracomment>
            <translation>حان الوقت</translation>
        </message>
        <message>
            <source>%1 : à faire jusqu'au %2.</source>
            <extracomment>From src/parcours_app/core/reminders.py:114</extracomment>
            <translation>%1: يجب القيام به حتى %2.</translation>
        </message>
        <message>
            <source>Date limite proche</source>
            <extracomment>From src/parcours_app/core/reminders.py:116</extracomment>
            <translation>الموعد النهائي قريب</translation>
        </message>
        <message>
            <source>%1 : dernier jour le %2.</source>
            <extracomment>From src/parcours_app/core/reminders.py:117</extracomment>
            <translation>%1: آخر يوم هو %2.</translation>
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
            <source>Questionnaire d'Édimbourg (EPDS) : résumé</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:53</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rempli le %1 par %2.</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:54</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions sur les 7 derniers jours.</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:55</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N°</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:57</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:57</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Réponse choisie</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:58</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Points</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:58</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total : %1 sur 30</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:61</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Points de la question 10 (idées de se faire du mal) : %1 sur 3.</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:62</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>En cas de danger immédiat : 15 ou 112. Prévention du suicide : 3114, à toute heure, gratuit.</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:66</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source : %1</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:67</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Échelle originale : %1</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:68</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Résumé créé par Parcours 1000 jours, sur cet ordinateur : rien n'a été envoyé.</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:69</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Résumé du questionnaire EPDS</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:84</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>storage</name>
        <message>
            <source>La sauvegarde n'a pas pu être écrite dans %1 (%2).</source>
            <extracomment>From src/parcours_app/storage/backups.py:120</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sauvegarde introuvable : %1. « parcours data backup --list » les énumère.</source>
            <extracomment>From src/parcours_app/storage/backups.py:174</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La sauvegarde %1 ne peut pas être restaurée : %2.</source>
            <extracomment>From src/parcours_app/storage/backups.py:205</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La restauration de %1 a échoué (%2).</source>
            <extracomment>From src/parcours_app/storage/backups.py:221</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Données exportées dans %1 (%2 suivis d'étapes, %3 rendez-vous). Ce fichier contient des données de santé : gardez-le en lieu sûr.</source>
            <extracomment>From src/parcours_app/storage/commands.py:136</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sauvegarde des données remplacées : %1</source>
            <extracomment>From src/parcours_app/storage/commands.py:157</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import terminé depuis %1 : %2 suivis d'étapes, %3 rendez-vous, %4 lieux.</source>
            <extracomment>From src/parcours_app/storage/commands.py:160</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aucune sauvegarde dans %1.</source>
            <extracomment>From src/parcours_app/storage/commands.py:173</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>en bon état</source>
            <extracomment>From src/parcours_app/storage/commands.py:176</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>inutilisable : %1</source>
            <extracomment>From src/parcours_app/storage/commands.py:176</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sauvegarde faite : %1</source>
            <extracomment>From src/parcours_app/storage/commands.py:180</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sauvegarde restaurée : %1</source>
            <extracomment>From src/parcours_app/storage/commands.py:187</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Les données d'avant la restauration sont gardées dans %1</source>
            <extracomment>From src/parcours_app/storage/commands.py:189</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le fichier %1 est abîmé : %2</source>
            <extracomment>From src/parcours_app/storage/commands.py:217</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le fichier %1 est en bon état (integrity_check : ok).</source>
            <extracomment>From src/parcours_app/storage/commands.py:219</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version du schéma : %1 (celle de cette version de Parcours : %2)</source>
            <extracomment>From src/parcours_app/storage/commands.py:222</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contenu : %1 grossesses, %2 enfants, %3 suivis d'étapes, %4 rendez-vous, %5 résultats d'auto-test, %6 lieux.</source>
            <extracomment>From src/parcours_app/storage/commands.py:228</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sauvegardes en bon état : %1 (dans %2)</source>
            <extracomment>From src/parcours_app/storage/commands.py:236</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pour restaurer la plus récente : parcours data restore %1</source>
            <extracomment>From src/parcours_app/storage/commands.py:238</extracomment>
            <translation type="unfinished" />
        </message>
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
            <source>La mise à jour du fichier %1 vers le schéma %2 a échoué (%3). Le fichier n'a pas été modifié et une copie en avait été faite avant : %4. Signalez ce problème ; en attendant, l'ancienne version de Parcours 1000 jours peut toujours l'ouvrir.</source>
            <extracomment>From src/parcours_app/storage/errors.py:146</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le dossier %1 contient déjà des données. Pour les remplacer par celles du fichier, relancez avec --replace (une sauvegarde est faite avant).</source>
            <extracomment>From src/parcours_app/storage/errors.py:176</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aucune donnée enregistrée ici : %1 n'existe pas.</source>
            <extracomment>From src/parcours_app/storage/errors.py:188</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le fichier %1 n'a pas pu être écrit (%2).</source>
            <extracomment>From src/parcours_app/storage/transfer.py:194</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le fichier %1 ne peut pas être lu (%2).</source>
            <extracomment>From src/parcours_app/storage/transfer.py:211</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le fichier fait %1 Mo : c'est bien plus qu'un export de Parcours 1000 jours (au plus %2 Mo). Vérifiez que c'est le bon fichier.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:220</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le fichier n'est pas un texte UTF-8 (octet %1) : ce n'est pas un export de Parcours.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:234</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le fichier n'est pas du JSON valide (ligne %1, colonne %2 : %3). Il est peut-être tronqué ou abîmé : refaites l'export.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:244</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le fichier est imbriqué trop profondément pour être un export de Parcours.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:253</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La clé « %1 » apparaît deux fois dans un même objet du fichier.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:263</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le fichier contient la valeur %1, qui n'est pas un nombre.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:271</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ce fichier n'est pas un export de Parcours 1000 jours (le champ « format » doit valoir « %1 »).</source>
            <extracomment>From src/parcours_app/storage/transfer.py:277</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ce fichier est au format de données version %1, que cette version de Parcours 1000 jours ne sait pas lire (elle lit la version %2). Installez une version plus récente de Parcours.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:286</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 : une liste de %2 réponses est attendue.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:411</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 : le total %2 ne correspond pas à la somme des réponses (%3).</source>
            <extracomment>From src/parcours_app/storage/transfer.py:418</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 : la valeur %2 apparaît deux fois.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:466</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 : un objet { … } est attendu, pas %2.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:482; src/parcours_app/storage/transfer.py:595</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 : champ obligatoire manquant.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:494; src/parcours_app/storage/transfer.py:503</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 : ne peut pas être vide.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:517</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 : true ou false est attendu, pas %2.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:535</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 : une date et une heure au format AAAA-MM-JJTHH:MM:SS sont attendues, pas %2.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:556</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 : %2 n'est pas une date et une heure qui existent.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:566</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 : une liste [ … ] est attendue, pas %2.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:583</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 : %2 éléments, c'est trop (au plus %3).</source>
            <extracomment>From src/parcours_app/storage/transfer.py:586; src/parcours_app/storage/transfer.py:598</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 : champ inconnu. Le fichier vient peut-être d'une autre application ou a été modifié.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:611</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 : un texte entre guillemets est attendu, pas %2.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:622</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 : texte trop long (%2 caractères, au plus %3).</source>
            <extracomment>From src/parcours_app/storage/transfer.py:625</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 : le texte contient un caractère nul.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:629</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 : un nombre entier entre %2 et %3 est attendu, pas %4.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:636</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 : une date au format AAAA-MM-JJ est attendue, pas %2.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:648</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 : la date %2 n'existe pas.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:652</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 : la date %2 est hors de la période acceptée (du %3 au %4).</source>
            <extracomment>From src/parcours_app/storage/transfer.py:660</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 : valeur inconnue %2 (valeurs possibles : %3).</source>
            <extracomment>From src/parcours_app/storage/transfer.py:671</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>styles</name>
        <message>
            <source>Sombre</source>
            <extracomment>From resources/styles/dark.toml: label</extracomment>
            <translation>داكن</translation>
        </message>
        <message>
            <source>Contraste élevé</source>
            <extracomment>From resources/styles/high-contrast.toml: label</extracomment>
            <translation>تباين عالٍ</translation>
        </message>
        <message>
            <source>Clair</source>
            <extracomment>From resources/styles/light.toml: label</extracomment>
            <translation>فاتح</translation>
        </message>
    </context>
</TS>
