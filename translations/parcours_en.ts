<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/about_dialog.py" line="+53" />
            <location line="+1" />
            <source>À propos de Parcours 1000 jours</source>
            <translation>About Parcours 1000 jours</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Informations sur l'application</source>
            <translation>Information about the application</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Version %1</source>
            <translation>App version %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Règles françaises : version %1, vérifiées le %2.</source>
            <translation>French rules: version %1, checked on %2.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Vos données restent sur cet ordinateur, dans votre dossier personnel, lisibles par vous seul. L'application ne se connecte jamais à Internet, n'a pas de compte et n'envoie rien.</source>
            <translation>Your data stays on this computer, in your personal folder, readable only by you. The application never connects to the Internet, has no account and sends nothing.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Chaque règle et chaque lien citent leur source officielle (Légifrance, ameli, service-public, ministère de la Santé, Santé publique France) et la date de leur vérification. La liste complète est dans le parcours, sur chaque étape, et dans le fichier RULES.md fourni avec l'application.</source>
            <translation>Each rule and each link gives its official source (Légifrance, ameli, service-public, Ministry of Health, Santé publique France) and the date it was checked. The full list is in the journey, on each step, and in the file RULES.md supplied with the application.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>L'auto-questionnaire est une aide au repérage, jamais un diagnostic. En cas de détresse, appelez le 3114 (à toute heure), le 15 ou le 112.</source>
            <translation>The self-test is a screening aid, never a diagnosis. If you are in distress, call 3114 (at any hour), 15 or 112.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Licence : EUPL 1.2, logiciel libre.</source>
            <translation>Licence: EUPL 1.2, free software.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Parcours 1000 jours</source>
            <translation type="vanished">Parcours 1000 jours (1000 days journey)</translation>
        </message>
        <message>
            <location filename="../src/parcours_app/ui/app.py" line="+266" />
            <source>Aujourd'hui</source>
            <translation>Today</translation>
        </message>
        <message>
            <location line="+79" />
            <source>cet ordinateur</source>
            <translation>this computer</translation>
        </message>
        <message>
            <location line="+108" />
            <source>Effacer la consultation</source>
            <translation>Clear the consultation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Les dates et tout ce qui a été saisi pendant cette consultation seront effacés, comme avec « Terminer ». Les données enregistrées sur cet ordinateur ne sont pas touchées. Continuer ?</source>
            <translation>The dates and everything entered during this consultation will be cleared, as with “Finish”. The data saved on this computer is not touched. Continue?</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Supprimer toutes les données</source>
            <translation>Delete all data</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Toutes les dates, les étapes cochées, les notes, les rendez-vous et les résultats d'auto-test de cet ordinateur seront effacés. Cette action est définitive. Continuer ?</source>
            <translation>All dates, ticked steps, notes, appointments and self-test results on this computer will be erased. This cannot be undone. Continue?</translation>
        </message>
    </context>
    <context>
        <name>AppointmentDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/journey/appointment_dialog.py" line="+81" />
            <source>Ajouter un rendez-vous</source>
            <translation>Add an appointment</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Modifier le rendez-vous</source>
            <translation>Edit the appointment</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rendez-vous pour : %1</source>
            <translation>Appointment for: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date :</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Heure :</source>
            <translation>&amp;Time:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Lieu :</source>
            <translation>&amp;Place:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Note :</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date du rendez-vous</source>
            <translation>Date of the appointment</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Heure du rendez-vous</source>
            <translation>Time of the appointment</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lieu du rendez-vous</source>
            <translation>Place of the appointment</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cabinet, maternité, PMI…</source>
            <translation>Practice, maternity unit, PMI…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note sur le rendez-vous</source>
            <translation>Note about the appointment</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Enregistrer</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Annuler</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Supprimer le rendez-vous</source>
            <translation>Delete the appointment</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Supprimer le rendez-vous du %1 ?</source>
            <translation>Delete the appointment on %1?</translation>
        </message>
    </context>
    <context>
        <name>BadRowsDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/recovery.py" line="+370" />
            <source>La dernière sauvegarde lisible date du %1 à %2 : %3 enfant(s), %4 grossesse(s), %5 étape(s) suivie(s), %6 rendez-vous. Ce qui a été saisi depuis serait à refaire.</source>
            <translation>The last readable backup is from %1 at %2: %3 child(ren), %4 pregnancy(ies), %5 tracked step(s), %6 appointment(s). Anything entered since then would have to be entered again.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Quelques données ne peuvent pas être lues</source>
            <translation>Some data cannot be read</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Le fichier de vos données est en bon état, mais %1 ligne(s) contiennent une valeur impossible (une date qui n'existe pas, par exemple). Tout le reste peut être gardé.</source>
            <translation>Your data file is in good condition, but %1 row(s) hold an impossible value (a date that does not exist, for example). Everything else can be kept.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Garder le reste et mettre ces lignes de côté</source>
            <translation>&amp;Keep the rest and set these rows aside</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Restaurer la dernière sauvegarde lisible</source>
            <translation>&amp;Restore the last readable backup</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quitter sans rien changer</source>
            <translation>&amp;Quit without changing anything</translation>
        </message>
    </context>
    <context>
        <name>CalendarExportDialog</name>
        <message>
            <source>parcours-1000-jours.ics</source>
            <translation type="vanished">parcours-1000-days.ics</translation>
        </message>
        <message>
            <location filename="../src/parcours_app/ui/export_dialogs.py" line="+286" />
            <source>parcours-1000-jours</source>
            <translation>1000-days-journey</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enregistrer le calendrier</source>
            <translation>Save the calendar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Calendrier (*.ics)</source>
            <translation>Calendar (*.ics)</translation>
        </message>
        <message>
            <location line="+25" />
            <location line="+1" />
            <location line="+4" />
            <source>Ajouter à mon agenda</source>
            <translation>Add to my calendar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enregistrez un fichier de calendrier (.ics), puis ouvrez-le avec l’agenda de votre téléphone ou de votre ordinateur. Si vous avez déjà importé un plan, le nouveau fichier met à jour les mêmes événements au lieu de les doubler.</source>
            <translation>Save a calendar file (.ics), then open it with the calendar on your phone or computer. If you have already imported a plan, the new file updates the same events instead of adding them twice.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Rappels</source>
            <translation>Reminders</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Le jour même (9 h), et 1 heure avant un rendez-vous</source>
            <translation>On the day (9 am), and 1 hour before an appointment</translation>
        </message>
        <message>
            <location line="+1" />
            <source>La veille (9 h)</source>
            <translation>The day before (9 am)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Une semaine avant (9 h)</source>
            <translation>One week before (9 am)</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n minute(s) avant</source>
            <translation>
                <numerusform>%n minute before</numerusform>
                <numerusform>%n minutes before</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rappel : %1</source>
            <translation>Reminder: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ajouter mes &amp;rendez-vous</source>
            <translation>Add my &amp;appointments</translation>
        </message>
        <message>
            <source>Ajouter mes rendez-vous</source>
            <translation type="vanished">Add my appointments</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Enregistrer le fichier…</source>
            <translation>&amp;Save the file…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Enregistrer le fichier de calendrier</source>
            <translation>Save the calendar file</translation>
        </message>
    </context>
    <context>
        <name>Catalog</name>
        <message>
            <source>Le catalogue de règles est introuvable : %1.</source>
            <extracomment>From src/parcours_app/core/rules.py:238</extracomment>
            <translation>The rule catalogue cannot be found: %1.</translation>
        </message>
        <message>
            <source>Aucun fichier de règles dans %1.</source>
            <extracomment>From src/parcours_app/core/rules.py:240</extracomment>
            <translation>No rule file in %1.</translation>
        </message>
        <message>
            <source>Fichier de règles %1, entrée %2 : %3.</source>
            <extracomment>From src/parcours_app/core/rules.py:325</extracomment>
            <translation>Rule file %1, entry %2: %3.</translation>
        </message>
        <message>
            <source>Fichier de règles %1 : %2.</source>
            <extracomment>From src/parcours_app/core/rules.py:326</extracomment>
            <translation>Rule file %1: %2.</translation>
        </message>
    </context>
    <context>
        <name>ChildDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/first_run.py" line="+805" />
            <source>Prénom du bébé %1 :</source>
            <translation>First name of baby %1:</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Nos enfants sont nés</source>
            <translation>Our children are born</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nés &amp;prématurés (avant 37 SA)</source>
            <translation>Born &amp;prematurely (before 37 weeks)</translation>
        </message>
        <message>
            <source>Nés prématurés (avant 37 SA)</source>
            <translation type="vanished">Born prematurely (before 37 weeks)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Prénom du bébé 1 (facultatif) :</source>
            <translation>&amp;First name of baby 1 (optional):</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Notre enfant est né</source>
            <translation>Our child is born</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ajouter un enfant</source>
            <translation>Add a child</translation>
        </message>
        <message>
            <location line="+47" />
            <source>%1 SA + %2 j</source>
            <translation>%1 weeks + %2 days</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Naissance à %1 : avant 37 SA, c'est une naissance prématurée.</source>
            <translation>Born at %1: before 37 weeks, this is a premature birth.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Naissance à %1.</source>
            <translation>Born at %1.</translation>
        </message>
    </context>
    <context>
        <name>ChildFields</name>
        <message>
            <location line="-600" />
            <source>Date de &amp;naissance :</source>
            <translation>Date of &amp;birth:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Prénom (facultatif) :</source>
            <translation>&amp;First name (optional):</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Terme qui était &amp;prévu (facultatif) :</source>
            <translation>Due date that was &amp;expected (optional):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Avec le terme prévu, le calendrier calcule aussi les congés de maternité et de paternité.</source>
            <translation>With the expected due date, the calendar also works out maternity and paternity leave.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Né(e) &amp;prématuré(e) (avant 37 SA)</source>
            <translation>Born &amp;prematurely (before 37 weeks)</translation>
        </message>
        <message>
            <source>Né(e) prématuré(e) (avant 37 SA)</source>
            <translation type="vanished">Born prematurely (before 37 weeks)</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Dernières règles : %1   Début de grossesse : %2   Terme : %3</source>
            <extracomment>From src/parcours_app/cli.py:508</extracomment>
            <translation>Last period: %1   Start of pregnancy: %2   Due date: %3</translation>
        </message>
        <message>
            <source>(dernières règles indiquées : %1 ; les SA comptent depuis la date corrigée %2)</source>
            <extracomment>From src/parcours_app/cli.py:518</extracomment>
            <translation>(last period entered: %1; pregnancy weeks (SA) are counted from the corrected date %2)</translation>
        </message>
        <message>
            <source>Naissance : %1</source>
            <extracomment>From src/parcours_app/cli.py:526; src/parcours_app/cli.py:530</extracomment>
            <translation>Birth: %1</translation>
        </message>
        <message>
            <source>%1 du %2</source>
            <extracomment>From src/parcours_app/cli.py:527</extracomment>
            <translation>%1 dated %2</translation>
        </message>
        <message>
            <source>Aujourd'hui : %1   Règles : %2</source>
            <extracomment>From src/parcours_app/cli.py:531</extracomment>
            <translation>Today: %1   Rules: %2</translation>
        </message>
        <message>
            <source>Début</source>
            <extracomment>From src/parcours_app/cli.py:533</extracomment>
            <translation>Start</translation>
        </message>
        <message>
            <source>Fin</source>
            <extracomment>From src/parcours_app/cli.py:533</extracomment>
            <translation>End</translation>
        </message>
        <message>
            <source>Statut</source>
            <extracomment>From src/parcours_app/cli.py:533</extracomment>
            <translation>Status</translation>
        </message>
        <message>
            <source>Étape</source>
            <extracomment>From src/parcours_app/cli.py:533</extracomment>
            <translation>Step</translation>
        </message>
        <message>
            <source>obligatoire</source>
            <extracomment>From src/parcours_app/cli.py:536</extracomment>
            <translation>compulsory</translation>
        </message>
        <message>
            <source>recommandé</source>
            <extracomment>From src/parcours_app/cli.py:536</extracomment>
            <translation>recommended</translation>
        </message>
        <message>
            <source>* date estimée à partir du terme : elle sera recalculée avec la date de naissance.</source>
            <extracomment>From src/parcours_app/cli.py:547</extracomment>
            <translation>* date estimated from the due date: it will be recalculated with the date of birth.</translation>
        </message>
        <message>
            <source>date impossible ou mal écrite « %1 » : écrivez-la AAAA-MM-JJ ou JJ/MM/AAAA (par exemple 2026-03-02)</source>
            <extracomment>From src/parcours_app/cli.py:100</extracomment>
            <translation>impossible or badly written date “%1”: write it YYYY-MM-DD or DD/MM/YYYY (for example 2026-03-02)</translation>
        </message>
        <message>
            <source>utilisation : </source>
            <extracomment>From src/parcours_app/argparse_i18n.py:19</extracomment>
            <translation>usage: </translation>
        </message>
        <message>
            <source>options</source>
            <extracomment>From src/parcours_app/argparse_i18n.py:20</extracomment>
            <translation>options</translation>
        </message>
        <message>
            <source>arguments</source>
            <extracomment>From src/parcours_app/argparse_i18n.py:21</extracomment>
            <translation>positional arguments</translation>
        </message>
        <message>
            <source>afficher cette aide et quitter</source>
            <extracomment>From src/parcours_app/argparse_i18n.py:22</extracomment>
            <translation>show this help message and exit</translation>
        </message>
        <message>
            <source>commandes</source>
            <extracomment>From src/parcours_app/argparse_i18n.py:23</extracomment>
            <translation>commands</translation>
        </message>
        <message>
            <source>option inconnue : %1</source>
            <extracomment>From src/parcours_app/cli.py:49</extracomment>
            <translation>unknown option: %1</translation>
        </message>
        <message>
            <source>il manque la valeur après l'option</source>
            <extracomment>From src/parcours_app/cli.py:50</extracomment>
            <translation>the value after the option is missing</translation>
        </message>
        <message>
            <source>choix impossible : %1</source>
            <extracomment>From src/parcours_app/cli.py:51</extracomment>
            <translation>invalid choice: %1</translation>
        </message>
        <message>
            <source>valeur en trop : %1</source>
            <extracomment>From src/parcours_app/cli.py:52</extracomment>
            <translation>unexpected value: %1</translation>
        </message>
        <message>
            <source>région inconnue « %1 » : choisissez parmi %2</source>
            <extracomment>From src/parcours_app/cli.py:115</extracomment>
            <translation>unknown region “%1”: choose from %2</translation>
        </message>
        <message>
            <source>« %1 » : indiquez un nombre entier de %2 à %3</source>
            <extracomment>From src/parcours_app/cli.py:128</extracomment>
            <translation>“%1”: give a whole number from %2 to %3</translation>
        </message>
        <message>
            <source>Calcule le calendrier des 1000 premiers jours à partir d'une date de la grossesse.</source>
            <extracomment>From src/parcours_app/cli.py:170</extracomment>
            <translation>Works out the calendar of the first 1000 days from a pregnancy date.</translation>
        </message>
        <message>
            <source>premier jour des dernières règles</source>
            <extracomment>From src/parcours_app/cli.py:172</extracomment>
            <translation>first day of the last period</translation>
        </message>
        <message>
            <source>durée du cycle (défaut 28)</source>
            <extracomment>From src/parcours_app/cli.py:178</extracomment>
            <translation>cycle length (default 28)</translation>
        </message>
        <message>
            <source>date de début de grossesse (1re échographie)</source>
            <extracomment>From src/parcours_app/cli.py:180</extracomment>
            <translation>pregnancy start date (1st ultrasound scan)</translation>
        </message>
        <message>
            <source>date présumée d'accouchement donnée par un professionnel</source>
            <extracomment>From src/parcours_app/cli.py:182</extracomment>
            <translation>estimated due date given by a health professional</translation>
        </message>
        <message>
            <source>date de naissance réelle</source>
            <extracomment>From src/parcours_app/cli.py:139</extracomment>
            <translation>actual date of birth</translation>
        </message>
        <message>
            <source>enfants déjà nés</source>
            <extracomment>From src/parcours_app/cli.py:142</extracomment>
            <translation>children already born</translation>
        </message>
        <message>
            <source>bébés attendus (3 = trois ou plus)</source>
            <extracomment>From src/parcours_app/cli.py:141</extracomment>
            <translation>babies expected (3 = three or more)</translation>
        </message>
        <message>
            <source>metropole, alsace-moselle, ...</source>
            <extracomment>From src/parcours_app/cli.py:152</extracomment>
            <translation>metropole, alsace-moselle, … (region key)</translation>
        </message>
        <message>
            <source>début du congé de naissance</source>
            <extracomment>From src/parcours_app/cli.py:158</extracomment>
            <translation>start of birth leave</translation>
        </message>
        <message>
            <source>date prise pour aujourd'hui (défaut : date du système)</source>
            <extracomment>From src/parcours_app/cli.py:186; src/parcours_app/cli.py:619</extracomment>
            <translation>date to use as today (default: system date)</translation>
        </message>
        <message>
            <source>langue des textes</source>
            <extracomment>From src/parcours_app/cli.py:188; src/parcours_app/cli.py:364; src/parcours_app/cli.py:621</extracomment>
            <translation>language of the texts</translation>
        </message>
        <message>
            <source>table, json, ics ou pdf</source>
            <extracomment>From src/parcours_app/cli.py:189</extracomment>
            <translation>table, json, ics or pdf (output format)</translation>
        </message>
        <message>
            <source>FICHIER</source>
            <extracomment>From src/parcours_app/cli.py:191; src/parcours_app/ui/app.py:95</extracomment>
            <translation>FILE</translation>
        </message>
        <message>
            <source>fichier où écrire (obligatoire pour ics et pdf)</source>
            <extracomment>From src/parcours_app/cli.py:191</extracomment>
            <translation>file to write to (required for ics and pdf)</translation>
        </message>
        <message>
            <source>seulement les étapes obligatoires</source>
            <extracomment>From src/parcours_app/cli.py:193</extracomment>
            <translation>only the compulsory steps</translation>
        </message>
        <message>
            <source>seulement les étapes d'un enfant ou d'une grossesse (sa clé)</source>
            <extracomment>From src/parcours_app/cli.py:195</extracomment>
            <translation>only the steps of one child or one pregnancy (its key)</translation>
        </message>
        <message>
            <source>parcours : indiquez une commande : calendar ou data.</source>
            <extracomment>From src/parcours_app/cli.py:211</extracomment>
            <translation type="vanished">parcours: give a command: calendar or data.</translation>
        </message>
        <message>
            <source>parcours : commande inconnue « %1 » : utilisez calendar ou data.</source>
            <extracomment>From src/parcours_app/cli.py:222</extracomment>
            <translation type="vanished">parcours: unknown command “%1”: use calendar or data.</translation>
        </message>
        <message>
            <source>indiquez une date : --ddr, --conception ou --due (et --birth une fois le bébé né)</source>
            <extracomment>From src/parcours_app/cli.py:265</extracomment>
            <translation>give a date: --ddr, --conception or --due (and --birth once the baby is born)</translation>
        </message>
        <message>
            <source>avec --multiple ou --children-before, indiquez aussi le terme (--due) pour calculer les congés</source>
            <extracomment>From src/parcours_app/cli.py:269</extracomment>
            <translation>with --multiple or --children-before, also give the due date (--due) to work out the leave</translation>
        </message>
        <message>
            <source>le format %1 s'écrit dans un fichier : ajoutez --output FICHIER</source>
            <extracomment>From src/parcours_app/cli.py:274</extracomment>
            <translation>the %1 format is written to a file: add --output FILE</translation>
        </message>
        <message>
            <source>impossible d'écrire %1 (%2) : choisissez un autre fichier</source>
            <extracomment>From src/parcours_app/cli.py:675</extracomment>
            <translation>cannot write %1 (%2): choose another file</translation>
        </message>
        <message>
            <source>parcours calendar : erreur : %1</source>
            <extracomment>From src/parcours_app/cli.py:460</extracomment>
            <translation>parcours calendar: error: %1</translation>
        </message>
        <message>
            <source>période mal écrite « %1 » : écrivez par exemple %2 (début avant la fin)</source>
            <extracomment>From src/parcours_app/cli.py:568</extracomment>
            <translation>badly written period “%1”: write for example %2 (start before end)</translation>
        </message>
        <message>
            <source>Vérifie les congés prévus des deux parents (salariés du privé) et donne les dates de prévenance.</source>
            <extracomment>From src/parcours_app/cli.py:583</extracomment>
            <translation>Checks both parents' planned leave (private-sector employees) and gives the notice dates.</translation>
        </message>
        <message>
            <source>date présumée d'accouchement</source>
            <extracomment>From src/parcours_app/cli.py:587</extracomment>
            <translation>expected delivery date</translation>
        </message>
        <message>
            <source>bébés attendus</source>
            <extracomment>From src/parcours_app/cli.py:565</extracomment>
            <translation type="vanished">babies expected</translation>
        </message>
        <message>
            <source>région</source>
            <extracomment>From src/parcours_app/cli.py:571</extracomment>
            <translation type="vanished">region</translation>
        </message>
        <message>
            <source>semaines du congé prénatal reportées après la naissance (0 à 3)</source>
            <extracomment>From src/parcours_app/cli.py:594</extracomment>
            <translation>weeks of prenatal leave moved to after the birth (0 to 3)</translation>
        </message>
        <message>
            <source>DÉBUT:FIN</source>
            <extracomment>From src/parcours_app/cli.py:598</extracomment>
            <translation>START:END</translation>
        </message>
        <message>
            <source>une période du congé de paternité (au plus 2)</source>
            <extracomment>From src/parcours_app/cli.py:602</extracomment>
            <translation>one period of paternity leave (at most 2)</translation>
        </message>
        <message>
            <source>PARENT:DÉBUT:FIN</source>
            <extracomment>From src/parcours_app/cli.py:606</extracomment>
            <translation>PARENT:START:END</translation>
        </message>
        <message>
            <source>une période du congé supplémentaire de naissance (birth-parent ou second-parent)</source>
            <extracomment>From src/parcours_app/cli.py:610</extracomment>
            <translation>one period of additional birth leave (birth-parent or second-parent)</translation>
        </message>
        <message>
            <source>proposer un plan de départ</source>
            <extracomment>From src/parcours_app/cli.py:612</extracomment>
            <translation>suggest a starting plan</translation>
        </message>
        <message>
            <source>le plan a été fait avant la naissance (signale ce que la vraie date remet en cause)</source>
            <extracomment>From src/parcours_app/cli.py:616</extracomment>
            <translation>the plan was made before the birth (flags what the real date breaks)</translation>
        </message>
        <message>
            <source>text ou json</source>
            <extracomment>From src/parcours_app/cli.py:365; src/parcours_app/cli.py:622</extracomment>
            <translation>text or json</translation>
        </message>
        <message>
            <source>parcours : indiquez une commande : calendar, today, data ou leave.</source>
            <extracomment>From src/parcours_app/cli.py:216</extracomment>
            <translation>parcours: give a command: calendar, today, data or leave.</translation>
        </message>
        <message>
            <source>parcours : commande inconnue « %1 » : utilisez calendar, today, data ou leave.</source>
            <extracomment>From src/parcours_app/cli.py:230</extracomment>
            <translation>parcours: unknown command “%1”: use calendar, today, data or leave.</translation>
        </message>
        <message>
            <source>Ce que la page Aujourd'hui montre pour la famille enregistrée (lecture seule).</source>
            <extracomment>From src/parcours_app/cli.py:360</extracomment>
            <translation>What the Today page shows for the saved family (read-only).</translation>
        </message>
        <message>
            <source>dossier des données</source>
            <extracomment>From src/parcours_app/cli.py:362</extracomment>
            <translation>data folder</translation>
        </message>
        <message>
            <source>date prise comme aujourd'hui</source>
            <extracomment>From src/parcours_app/cli.py:363</extracomment>
            <translation>date taken as today</translation>
        </message>
        <message>
            <source>parcours today : aucune famille n'est enregistrée dans %1.</source>
            <extracomment>From src/parcours_app/cli.py:381</extracomment>
            <translation>parcours today: no family is saved in %1.</translation>
        </message>
        <message>
            <source>En cours</source>
            <extracomment>From src/parcours_app/cli.py:401</extracomment>
            <translation>Under way</translation>
        </message>
        <message>
            <source>À faire cette semaine</source>
            <extracomment>From src/parcours_app/cli.py:402</extracomment>
            <translation>To do this week</translation>
        </message>
        <message>
            <source>Prochaines étapes</source>
            <extracomment>From src/parcours_app/cli.py:403</extracomment>
            <translation>Next steps</translation>
        </message>
        <message>
            <source>À rattraper</source>
            <extracomment>From src/parcours_app/cli.py:404</extracomment>
            <translation>To catch up</translation>
        </message>
        <message>
            <source>Étapes passées à confirmer</source>
            <extracomment>From src/parcours_app/cli.py:405</extracomment>
            <translation>Past steps to confirm</translation>
        </message>
        <message>
            <source>Aujourd'hui, %1</source>
            <extracomment>From src/parcours_app/cli.py:426</extracomment>
            <translation>Today, %1</translation>
        </message>
        <message>
            <source>du %1 au %2</source>
            <extracomment>From src/parcours_app/cli.py:432</extracomment>
            <translation>from %1 to %2</translation>
        </message>
        <message>
            <source>le %1</source>
            <extracomment>From src/parcours_app/cli.py:436</extracomment>
            <translation>on %1</translation>
        </message>
        <message>
            <source> (obligatoire)</source>
            <extracomment>From src/parcours_app/cli.py:437</extracomment>
            <translation> (compulsory)</translation>
        </message>
        <message>
            <source>Rendez-vous des 7 prochains jours</source>
            <extracomment>From src/parcours_app/cli.py:440</extracomment>
            <translation>Appointments in the next 7 days</translation>
        </message>
        <message>
            <source>le %1 à %2</source>
            <extracomment>From src/parcours_app/cli.py:442</extracomment>
            <translation>on %1 at %2</translation>
        </message>
        <message>
            <source>Rendez-vous</source>
            <extracomment>From src/parcours_app/cli.py:448</extracomment>
            <translation>Appointment</translation>
        </message>
        <message>
            <source>parcours leave : erreur : %1</source>
            <extracomment>From src/parcours_app/cli.py:680</extracomment>
            <translation>parcours leave: error: %1</translation>
        </message>
        <message>
            <source>Terme : %1   Naissance : %2</source>
            <extracomment>From src/parcours_app/cli.py:742</extracomment>
            <translation>Due date: %1   Birth: %2</translation>
        </message>
        <message>
            <source>Dates estimées à partir du terme : elles changeront avec la date de naissance.</source>
            <extracomment>From src/parcours_app/cli.py:750</extracomment>
            <translation>Dates estimated from the due date: they will change with the birth date.</translation>
        </message>
        <message>
            <source>Règles des salariés du secteur privé.</source>
            <extracomment>From src/parcours_app/cli.py:751</extracomment>
            <translation>Rules for private-sector employees.</translation>
        </message>
        <message>
            <source>Parent qui accouche</source>
            <extracomment>From src/parcours_app/cli.py:753</extracomment>
            <translation>Parent giving birth</translation>
        </message>
        <message>
            <source>Second parent</source>
            <extracomment>From src/parcours_app/cli.py:754</extracomment>
            <translation>Other parent</translation>
        </message>
        <message>
            <source>j</source>
            <extracomment>From src/parcours_app/cli.py:763</extracomment>
            <translation>d</translation>
        </message>
        <message>
            <source>! La date de naissance réelle remet en cause ce plan : il n'a pas été déplacé, corrigez-le.</source>
            <extracomment>From src/parcours_app/cli.py:768</extracomment>
            <translation>! The real birth date breaks this plan: it has not been moved, please correct it.</translation>
        </message>
        <message>
            <source>À corriger :</source>
            <extracomment>From src/parcours_app/cli.py:771</extracomment>
            <translation>To correct:</translation>
        </message>
        <message>
            <source>Le plan respecte les règles.</source>
            <extracomment>From src/parcours_app/cli.py:774</extracomment>
            <translation>The plan follows the rules.</translation>
        </message>
        <message>
            <source>Prévenir l'employeur :</source>
            <extracomment>From src/parcours_app/cli.py:776</extracomment>
            <translation>Tell the employer:</translation>
        </message>
        <message>
            <source>sans délai</source>
            <extracomment>From src/parcours_app/cli.py:778</extracomment>
            <translation>at once</translation>
        </message>
        <message>
            <source>* période choisie par les parents ; les autres sont fixées par la loi.</source>
            <extracomment>From src/parcours_app/cli.py:781</extracomment>
            <translation>* period chosen by the parents; the others are set by law.</translation>
        </message>
        <message>
            <source>commandes (sans fenêtre) :
  parcours calendar …   calculer le calendrier d'une famille (tableau, JSON, .ics, PDF)
  parcours data …       exporter, importer, sauvegarder, restaurer, vérifier les données
  parcours leave …      planifier les congés des deux parents
  parcours today …      ce qui est en cours pour la famille enregistrée (texte ou JSON)
« parcours COMMANDE --help » décrit chacune ; sans commande, la fenêtre s'ouvre.</source>
            <extracomment>From src/parcours_app/ui/app.py:70</extracomment>
            <translation>commands (no window):
  parcours calendar …   compute a family's calendar (table, JSON, .ics, PDF)
  parcours data …       export, import, back up, restore, check the data
  parcours leave …      plan both parents' leave
  parcours today …      what is under way for the saved family (text or JSON)
"parcours COMMAND --help" describes each one; without a command, the window opens.</translation>
        </message>
        <message>
            <source>mode accueil : annuaire de la Maison (fichier exporté)</source>
            <extracomment>From src/parcours_app/ui/app.py:96</extracomment>
            <translation>reception mode: the Maison's directory (exported file)</translation>
        </message>
        <message>
            <source>commande ou option inconnue : %1 (commandes : calendar, data, leave, today)</source>
            <extracomment>From src/parcours_app/ui/app.py:106</extracomment>
            <translation>unknown command or option: %1 (commands: calendar, data, leave, today)</translation>
        </message>
        <message>
            <source>commandes (sans fenêtre) :
  parcours calendar …   calculer le calendrier d'une famille (tableau, JSON, .ics, PDF)
  parcours data …       exporter, importer, sauvegarder, restaurer, vérifier les données
  parcours leave …      planifier les congés des deux parents
« parcours COMMANDE --help » décrit chacune ; sans commande, la fenêtre s'ouvre.</source>
            <extracomment>From src/parcours_app/ui/app.py:57</extracomment>
            <translation type="vanished">commands (no window):
  parcours calendar …   compute a family's calendar (table, JSON, .ics, PDF)
  parcours data …       export, import, back up, restore, check the data
  parcours leave …      plan both parents' leave
"parcours COMMAND --help" describes each one; without a command, the window opens.</translation>
        </message>
        <message>
            <source>DOSSIER</source>
            <extracomment>From src/parcours_app/ui/app.py:81</extracomment>
            <translation>FOLDER</translation>
        </message>
        <message>
            <source>dossier des données de la famille</source>
            <extracomment>From src/parcours_app/ui/app.py:81</extracomment>
            <translation>the family's data folder</translation>
        </message>
        <message>
            <source>date fixe AAAA-MM-JJ (démos)</source>
            <extracomment>From src/parcours_app/ui/app.py:84</extracomment>
            <translation>fixed date YYYY-MM-DD (demonstrations)</translation>
        </message>
        <message>
            <source>quitter une fois la fenêtre affichée</source>
            <extracomment>From src/parcours_app/ui/app.py:86</extracomment>
            <translation>quit once the window is shown</translation>
        </message>
        <message>
            <source>mode consultation : rien n'est enregistré</source>
            <extracomment>From src/parcours_app/ui/app.py:87</extracomment>
            <translation>consultation mode: nothing is saved</translation>
        </message>
        <message>
            <source>mode accueil : plein écran, rien n'est enregistré</source>
            <extracomment>From src/parcours_app/ui/app.py:89</extracomment>
            <translation>reception mode: full screen, nothing is saved</translation>
        </message>
        <message>
            <source>langue de l'interface (fr, en, ar)</source>
            <extracomment>From src/parcours_app/ui/app.py:98</extracomment>
            <translation>interface language (fr, en, ar)</translation>
        </message>
        <message>
            <source>démarrer dans la zone de notification</source>
            <extracomment>From src/parcours_app/ui/app.py:99</extracomment>
            <translation>start in the notification area</translation>
        </message>
        <message>
            <source>afficher la version et quitter</source>
            <extracomment>From src/parcours_app/ui/app.py:100</extracomment>
            <translation>show the version and quit</translation>
        </message>
        <message>
            <source>commande ou option inconnue : %1 (commandes : calendar, data, leave)</source>
            <extracomment>From src/parcours_app/ui/app.py:84</extracomment>
            <translation type="vanished">unknown command or option: %1 (commands: calendar, data, leave)</translation>
        </message>
    </context>
    <context>
        <name>CrisisHelpDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/crisis_panel.py" line="+237" />
            <source>Urgences et écoute</source>
            <translation>Emergencies and support lines</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fermer la fenêtre Urgences et écoute</source>
            <translation>Close the Emergencies and support lines window</translation>
        </message>
    </context>
    <context>
        <name>CrisisHelpPanel</name>
        <message>
            <location line="-41" />
            <source>Autres numéros utiles et associations</source>
            <translation>Other useful numbers and associations</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+17" />
            <source>Urgences et écoute</source>
            <translation>Emergencies and support lines</translation>
        </message>
        <message>
            <location line="-9" />
            <source>En cas de danger immédiat, appelez le 15 ou le 112. Si vous pensez à vous faire du mal, le 3114 vous répond à toute heure. Ces appels sont gratuits.</source>
            <translation>In case of immediate danger, call 15 or 112. If you are thinking of harming yourself, 3114 answers at any hour. These calls are free.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>En cas d'urgence</source>
            <translation>In an emergency</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pour parler à quelqu'un</source>
            <translation>To talk to someone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Associations</source>
            <translation>Support associations</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>Tapez la date sous la forme jj/mm/aaaa, par exemple 14/03/2026.</source>
            <extracomment>From src/parcours_app/ui/widgets/date_field.py:49</extracomment>
            <translation>Type the date as dd/mm/yyyy, for example 14/03/2026.</translation>
        </message>
        <message>
            <source>Le mois doit être entre 01 et 12.</source>
            <extracomment>From src/parcours_app/ui/widgets/date_field.py:55</extracomment>
            <translation>The month must be between 01 and 12.</translation>
        </message>
        <message>
            <source>L'année doit avoir 4 chiffres, par exemple 2026.</source>
            <extracomment>From src/parcours_app/ui/widgets/date_field.py:56</extracomment>
            <translation type="vanished">The year must have 4 digits, for example 2026.</translation>
        </message>
        <message>
            <source>Cette date n'existe pas : ce mois-là n'a que %1 jours.</source>
            <extracomment>From src/parcours_app/ui/widgets/date_field.py:60</extracomment>
            <translation type="vanished">This date does not exist: that month only has %1 days.</translation>
        </message>
        <message>
            <source>L'année doit être comprise entre %1 et %2.</source>
            <extracomment>From src/parcours_app/ui/widgets/date_field.py:59</extracomment>
            <translation>The year must be between %1 and %2.</translation>
        </message>
        <message numerus="yes">
            <source>Cette date n'existe pas : ce mois-là n'a que %n jours.</source>
            <extracomment>From src/parcours_app/ui/widgets/date_field.py:66</extracomment>
            <translation>
                <numerusform>This date does not exist: that month only has %n day.</numerusform>
                <numerusform>This date does not exist: that month only has %n days.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choisir la date dans le calendrier</source>
            <extracomment>From src/parcours_app/ui/widgets/date_field.py:185</extracomment>
            <translation>Choose the date in the calendar</translation>
        </message>
        <message>
            <source>Format jj/mm/aaaa. Alt+Flèche bas ouvre le calendrier.</source>
            <extracomment>From src/parcours_app/ui/widgets/date_field.py:201</extracomment>
            <translation>Format dd/mm/yyyy. Alt+Down arrow opens the calendar.</translation>
        </message>
        <message>
            <source>jj/mm/aaaa</source>
            <extracomment>From src/parcours_app/ui/widgets/date_field.py:204</extracomment>
            <translation>dd/mm/yyyy</translation>
        </message>
        <message>
            <source>Choisir dans le calendrier (Alt+Flèche bas)</source>
            <extracomment>From src/parcours_app/ui/widgets/date_field.py:205</extracomment>
            <translation>Choose in the calendar (Alt+Down arrow)</translation>
        </message>
        <message>
            <source>Ouvrir le calendrier</source>
            <extracomment>From src/parcours_app/ui/widgets/date_field.py:206</extracomment>
            <translation>Open the calendar</translation>
        </message>
    </context>
    <context>
        <name>Dating</name>
        <message>
            <source>%1 SA + %2 j</source>
            <extracomment>From src/parcours_app/core/dating.py:89</extracomment>
            <translation type="vanished">%1+%2 weeks</translation>
        </message>
        <message>
            <source>%1 j</source>
            <extracomment>From src/parcours_app/core/dating.py:118</extracomment>
            <translation type="vanished">%1 days</translation>
        </message>
        <message>
            <source>%1 mois + %2 j</source>
            <extracomment>From src/parcours_app/core/dating.py:119</extracomment>
            <translation type="vanished">%1 months + %2 days</translation>
        </message>
        <message numerus="yes">
            <source>%n SA</source>
            <extracomment>From src/parcours_app/core/dating.py:93</extracomment>
            <translation>
                <numerusform>%n week</numerusform>
                <numerusform>%n weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n j</source>
            <extracomment>From src/parcours_app/core/dating.py:93; src/parcours_app/core/dating.py:123; src/parcours_app/core/dating.py:127</extracomment>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mois</source>
            <extracomment>From src/parcours_app/core/dating.py:127</extracomment>
            <translation>
                <numerusform>%n month</numerusform>
                <numerusform>%n months</numerusform>
            </translation>
        </message>
        <message>
            <source>La date %1 est avant la naissance (%2).</source>
            <extracomment>From src/parcours_app/core/dating.py:134</extracomment>
            <translation>The date %1 is before the birth (%2).</translation>
        </message>
        <message>
            <source>La durée du cycle doit être comprise entre %1 et %2 jours (vous avez indiqué %3).</source>
            <extracomment>From src/parcours_app/core/dating.py:164</extracomment>
            <translation>The cycle length must be between %1 and %2 days (you entered %3).</translation>
        </message>
        <message>
            <source>Le nombre de bébés attendus doit être 1, 2 ou 3 (3 pour trois ou plus).</source>
            <extracomment>From src/parcours_app/core/dating.py:172</extracomment>
            <translation>The number of babies expected must be 1, 2 or 3 (3 for three or more).</translation>
        </message>
        <message>
            <source>Le nombre d'enfants déjà nés ne peut pas être négatif.</source>
            <extracomment>From src/parcours_app/core/dating.py:174</extracomment>
            <translation>The number of children already born cannot be negative.</translation>
        </message>
        <message>
            <source>La date de début de grossesse (%1) et le terme (%2) ne concordent pas : corrigez l'une des deux.</source>
            <extracomment>From src/parcours_app/core/dating.py:184</extracomment>
            <translation>The pregnancy start date (%1) and the due date (%2) do not match: correct one of them.</translation>
        </message>
        <message>
            <source>La date des dernières règles (%1) et le terme (%2) ne concordent pas : corrigez l'une des deux.</source>
            <extracomment>From src/parcours_app/core/dating.py:194</extracomment>
            <translation>The date of the last period (%1) and the due date (%2) do not match: correct one of them.</translation>
        </message>
        <message>
            <source>La date des dernières règles (%1) et la date de début de grossesse (%2) ne concordent pas : corrigez l'une des deux.</source>
            <extracomment>From src/parcours_app/core/dating.py:207</extracomment>
            <translation>The date of the last period (%1) and the pregnancy start date (%2) do not match: correct one of them.</translation>
        </message>
        <message>
            <source>Indiquez au moins une date : les dernières règles, le début de grossesse, le terme prévu ou la naissance.</source>
            <extracomment>From src/parcours_app/core/dating.py:222</extracomment>
            <translation>Give at least one date: the last period, the start of pregnancy, the expected due date or the birth.</translation>
        </message>
        <message>
            <source>La date %1 n'est pas plausible : vérifiez l'année.</source>
            <extracomment>From src/parcours_app/core/dating.py:239</extracomment>
            <translation>The date %1 is not plausible: check the year.</translation>
        </message>
        <message>
            <source>La date de naissance (%1) est avant le début de la grossesse (%2) : vérifiez les dates.</source>
            <extracomment>From src/parcours_app/core/dating.py:251</extracomment>
            <translation>The date of birth (%1) is before the start of the pregnancy (%2): check the dates.</translation>
        </message>
        <message>
            <source>La date de naissance (%1) tombe avant 22 SA de cette grossesse : vérifiez la naissance ou les dates de la grossesse.</source>
            <extracomment>From src/parcours_app/core/dating.py:259</extracomment>
            <translation>The date of birth (%1) falls before 22 weeks (SA) of this pregnancy: check the birth or the pregnancy dates.</translation>
        </message>
        <message>
            <source>La date de naissance (%1) est plus de 4 semaines après le terme (%2) : vérifiez les dates.</source>
            <extracomment>From src/parcours_app/core/dating.py:267</extracomment>
            <translation>The date of birth (%1) is more than 4 weeks after the due date (%2): check the dates.</translation>
        </message>
        <message>
            <source>La date de naissance (%1) est après aujourd'hui (%2) : indiquez une naissance passée ou le terme prévu.</source>
            <extracomment>From src/parcours_app/core/dating.py:278</extracomment>
            <translation>The date of birth (%1) is after today (%2): give a past birth or the expected due date.</translation>
        </message>
        <message>
            <source>Le terme (%1) est à plus de 10 mois d'aujourd'hui (%2) : vérifiez l'année et le mois.</source>
            <extracomment>From src/parcours_app/core/dating.py:284</extracomment>
            <translation>The due date (%1) is more than 10 months from today (%2): check the year and the month.</translation>
        </message>
    </context>
    <context>
        <name>DirectoryEditor</name>
        <message>
            <location filename="../src/parcours_app/ui/directory_page.py" line="+337" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location line="+73" />
            <source>Le fichier n'a pas été importé et l'annuaire n'a pas changé.

%1</source>
            <translation>The file was not imported and the directory has not changed.

%1</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Lieux importés : %1.</source>
            <translation>Places imported: %1.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Annuaire exporté dans %1. Importez ce fichier sur l'autre ordinateur.</source>
            <translation>Directory exported to %1. Import this file on the other computer.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Annuaire : vue du personnel</source>
            <translation>Directory: staff view</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saisissez les lieux proches des familles. Tout reste sur cet ordinateur. Exportez l'annuaire pour l'importer sur un autre poste : un fichier incorrect ne change rien.</source>
            <translation>Enter the places near the families. Everything stays on this computer. Export the directory to import it on another computer: an incorrect file changes nothing.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Lieux :</source>
            <translation>&amp;Places:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lieux de l'annuaire</source>
            <translation>Places in the directory</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Nouveau lieu</source>
            <translation>&amp;New place</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ajouter un nouveau lieu</source>
            <translation>Add a new place</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Type :</source>
            <translation>&amp;Type:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Type de lieu</source>
            <translation>Type of place</translation>
        </message>
        <message>
            <location line="+1" />
            <source>N&amp;om :</source>
            <translation>N&amp;ame:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Nom du lieu</source>
            <translation>Name of the place</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Adresse :</source>
            <translation>A&amp;ddress:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Adresse</source>
            <translation>Address</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Téléphone :</source>
            <translation>P&amp;hone:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Téléphone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Horaires :</source>
            <translation>&amp;Opening hours:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Horaires d'ouverture</source>
            <translation>Opening hours</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;E-mail :</source>
            <translation>&amp;Email:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Adresse e-mail</source>
            <translation>Email address</translation>
        </message>
        <message>
            <location line="+1" />
            <source>S&amp;ite web :</source>
            <translation>&amp;Website:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Site web</source>
            <translation>Website</translation>
        </message>
        <message>
            <location line="+1" />
            <source>À sa&amp;voir :</source>
            <translation>Good to &amp;know:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Note</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Services de la Maison, par composante (un service par ligne)</source>
            <translation>Services of the Maison, by component (one service per line)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Services : %1</source>
            <translation>Services: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Enregistrer</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Enregistrer ce lieu</source>
            <translation>Save this place</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Supprimer</source>
            <translation>De&amp;lete</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Supprimer ce lieu</source>
            <translation>Delete this place</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Importer un annuaire…</source>
            <translation>&amp;Import a directory…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Importer un annuaire depuis un fichier</source>
            <translation>Import a directory from a file</translation>
        </message>
        <message>
            <location line="+3" />
            <source>E&amp;xporter l'annuaire…</source>
            <translation>E&amp;xport the directory…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Exporter l'annuaire dans un fichier</source>
            <translation>Export the directory to a file</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Retour à l'annuaire</source>
            <translation>&amp;Back to the directory</translation>
        </message>
        <message>
            <source>Retour à l'annuaire</source>
            <translation type="vanished">Back to the directory</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message>
            <location line="+67" />
            <source>Aucun lieu pour l'instant. Ajoutez votre Maison des 1000 premiers jours, votre centre de PMI, votre maternité… avec « Modifier l'annuaire ».</source>
            <translation>No places yet. Add your Maison des 1000 premiers jours, your PMI centre (mother and child health centre), your maternity unit… with “Edit the directory”.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Aucun lieu pour l'instant.</source>
            <translation>No places yet.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Annuaire</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:134; src/parcours_app/ui/directory_page.py:138</extracomment>
            <translation>Directory</translation>
        </message>
        <message>
            <source>Les lieux près de chez vous, saisis et gardés sur cet ordinateur seulement.</source>
            <translation>Places near you, entered and kept on this computer only.</translation>
        </message>
        <message>
            <source>&amp;Modifier l'annuaire (personnel)</source>
            <translation>&amp;Edit the directory (staff)</translation>
        </message>
        <message>
            <source>Modifier l'annuaire : vue du personnel</source>
            <translation>Edit the directory: staff view</translation>
        </message>
        <message>
            <source>Lieux de l'annuaire</source>
            <translation>Places in the directory</translation>
        </message>
        <message>
            <source>Maison des 1000 premiers jours</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:65</extracomment>
            <translation type="vanished">Maison des 1000 premiers jours (first 1000 days centre)</translation>
        </message>
        <message>
            <source>Centre de PMI</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:66</extracomment>
            <translation type="vanished">PMI centre (mother and child health)</translation>
        </message>
        <message>
            <source>Maternité</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:67</extracomment>
            <translation type="vanished">Maternity unit</translation>
        </message>
        <message>
            <source>Caf</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:68</extracomment>
            <translation type="vanished">Caf (family allowances fund)</translation>
        </message>
        <message>
            <source>CPAM (Assurance Maladie)</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:69</extracomment>
            <translation type="vanished">CPAM (Assurance Maladie, health insurance)</translation>
        </message>
        <message>
            <source>Relais Petite Enfance</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:70</extracomment>
            <translation type="vanished">Relais Petite Enfance (childcare information centre)</translation>
        </message>
        <message>
            <source>Lieu d'accueil enfants-parents (LAEP)</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:71</extracomment>
            <translation type="vanished">Parent and child drop-in centre (LAEP)</translation>
        </message>
        <message>
            <source>Sage-femme</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:72</extracomment>
            <translation type="vanished">Midwife</translation>
        </message>
        <message>
            <source>Pédiatre</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:73</extracomment>
            <translation type="vanished">Paediatrician</translation>
        </message>
        <message>
            <source>Autre lieu</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:74</extracomment>
            <translation type="vanished">Other place</translation>
        </message>
        <message>
            <source>Prévention et santé, avec la PMI</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:74</extracomment>
            <translation>Prevention and health, with the PMI</translation>
        </message>
        <message>
            <source>Soutien à la parentalité</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:75</extracomment>
            <translation>Parenting support</translation>
        </message>
        <message>
            <source>Information et orientation</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:76</extracomment>
            <translation>Information and guidance</translation>
        </message>
        <message>
            <source>Socialisation et éveil culturel</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:77</extracomment>
            <translation>Socialising and cultural awakening</translation>
        </message>
        <message>
            <source>Lieu ressource pour les professionnels</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:78</extracomment>
            <translation>Resource centre for professionals</translation>
        </message>
        <message>
            <source>Importer un annuaire</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:96; src/parcours_app/ui/directory_page.py:128</extracomment>
            <translation>Import a directory</translation>
        </message>
        <message>
            <source>Annuaire Parcours (*.json)</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:98; src/parcours_app/ui/directory_page.py:107</extracomment>
            <translation>Parcours directory (*.json)</translation>
        </message>
        <message>
            <source>Exporter l'annuaire</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:105</extracomment>
            <translation>Export the directory</translation>
        </message>
        <message>
            <source>annuaire</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:106</extracomment>
            <translation>directory</translation>
        </message>
        <message>
            <source>Supprimer un lieu</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:117</extracomment>
            <translation>Delete a place</translation>
        </message>
        <message>
            <source>Supprimer « %1 » de l'annuaire ?</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:118</extracomment>
            <translation>Delete “%1” from the directory?</translation>
        </message>
        <message>
            <source>Remplacer les %1 lieux de l'annuaire par les %2 lieux du fichier ?</source>
            <extracomment>From src/parcours_app/ui/directory_page.py:123</extracomment>
            <translation>Replace the directory's places (%1) with the file's places (%2)?</translation>
        </message>
    </context>
    <context>
        <name>EventDetailPanel</name>
        <message>
            <location filename="../src/parcours_app/ui/journey/detail.py" line="+298" />
            <source>Idéalement vers le %1.</source>
            <translation>Ideally around %1.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Calculé à partir de %1 (%2).</source>
            <translation>Worked out from %1 (%2).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Date estimée d'après la date prévue d'accouchement : elle sera recalculée quand vous indiquerez la date de naissance.</source>
            <translation>Estimated date based on the expected due date: it will be worked out again when you enter the date of birth.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 (vérifié le %2)
%3</source>
            <translation>%1 (checked on %2)
%3</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Le %1 à %2</source>
            <translation>On %1 at %2</translation>
        </message>
        <message>
            <location line="+45" />
            <source>« %1 » marqué comme fait le %2.</source>
            <translation>“%1” marked as done on %2.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>« %1 » n'est plus marqué comme fait.</source>
            <translation>“%1” is no longer marked as done.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Reporter</source>
            <translation>Postpone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choisissez un jour après aujourd'hui pour reporter.</source>
            <translation>Choose a day after today to postpone.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>« %1 » reporté au %2.</source>
            <translation>“%1” postponed to %2.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>« %1 » est de nouveau dans la liste.</source>
            <translation>“%1” is back in the list.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>« %1 » n'est plus reporté.</source>
            <translation>“%1” is no longer postponed.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Note enregistrée.</source>
            <translation>Note saved.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Rendez-vous enregistré.</source>
            <translation>Appointment saved.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Rendez-vous modifié.</source>
            <translation>Appointment changed.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Rendez-vous supprimé.</source>
            <translation>Appointment deleted.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Ouvrir la page officielle</source>
            <translation>Open the official page</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ouvrir cette page dans votre navigateur ?
%1

Parcours n'envoie rien : seul le navigateur se connecte.</source>
            <translation>Open this page in your browser?
%1

Parcours sends nothing: only the browser connects.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Détail de l'étape</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:540</extracomment>
            <translation>Step details</translation>
        </message>
        <message>
            <source>Choisissez une étape dans la liste pour voir ce qu'il faut savoir et faire.</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:542</extracomment>
            <translation>Choose a step in the list to see what you need to know and do.</translation>
        </message>
        <message>
            <source>Quand</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:545</extracomment>
            <translation>When</translation>
        </message>
        <message>
            <source>De quoi s'agit-il et pourquoi c'est important</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:546</extracomment>
            <translation>What it is and why it matters</translation>
        </message>
        <message>
            <source>Qui consulter</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:547</extracomment>
            <translation>Who to see</translation>
        </message>
        <message>
            <source>À apporter ou préparer</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:548</extracomment>
            <translation>What to bring or prepare</translation>
        </message>
        <message>
            <source>Conseil</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:549</extracomment>
            <translation>Tip</translation>
        </message>
        <message>
            <source>Source officielle</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:550</extracomment>
            <translation>Official source</translation>
        </message>
        <message>
            <source>Ouvrir la page &amp;officielle…</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:557</extracomment>
            <translation>Open the off&amp;icial page…</translation>
        </message>
        <message>
            <source>Ouvrir la page officielle dans le navigateur</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:558</extracomment>
            <translation>Open the official page in the browser</translation>
        </message>
        <message>
            <source>Suivi</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:560</extracomment>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Fait &amp;le :</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:561</extracomment>
            <translation>Done &amp;on:</translation>
        </message>
        <message>
            <source>Date à laquelle l'étape a été faite</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:562</extracomment>
            <translation>Date on which the step was done</translation>
        </message>
        <message>
            <source>Marquer comme &amp;fait</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:565</extracomment>
            <translation>Mark as &amp;done</translation>
        </message>
        <message>
            <source>Marquer comme fait</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:566</extracomment>
            <translation>Mark as done</translation>
        </message>
        <message>
            <source>Marquer comme fait (Ctrl+D)</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:568</extracomment>
            <translation>Mark as done (Ctrl+D)</translation>
        </message>
        <message>
            <source>A&amp;nnuler « fait »</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:571</extracomment>
            <translation>&amp;Undo “done”</translation>
        </message>
        <message>
            <source>Annuler « fait »</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:572</extracomment>
            <translation>Undo “done”</translation>
        </message>
        <message>
            <source>Reporter &amp;au :</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:574</extracomment>
            <translation>Postpone &amp;to:</translation>
        </message>
        <message>
            <source>Date de report</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:575</extracomment>
            <translation>Postponement date</translation>
        </message>
        <message>
            <source>&amp;Reporter</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:578</extracomment>
            <translation>&amp;Postpone</translation>
        </message>
        <message>
            <source>Reporter à la date choisie</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:579</extracomment>
            <translation>Postpone to the chosen date</translation>
        </message>
        <message>
            <source>+1 &amp;jour</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:583</extracomment>
            <translation>+1 da&amp;y</translation>
        </message>
        <message>
            <source>Reporter à demain</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:584</extracomment>
            <translation>Postpone to tomorrow</translation>
        </message>
        <message>
            <source>Reporter à demain (Ctrl+R)</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:586</extracomment>
            <translation>Postpone to tomorrow (Ctrl+R)</translation>
        </message>
        <message>
            <source>+1 &amp;semaine</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:589</extracomment>
            <translation>+1 &amp;week</translation>
        </message>
        <message>
            <source>Reporter d'une semaine</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:590</extracomment>
            <translation>Postpone by one week</translation>
        </message>
        <message>
            <source>Annuler le re&amp;port</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:594</extracomment>
            <translation>Undo the &amp;postponement</translation>
        </message>
        <message>
            <source>Annuler le report</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:595</extracomment>
            <translation>Undo the postponement</translation>
        </message>
        <message>
            <source>Remettre dans la l&amp;iste</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:599</extracomment>
            <translation>Put back in the l&amp;ist</translation>
        </message>
        <message>
            <source>Remettre dans la liste</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:600</extracomment>
            <translation>Put back in the list</translation>
        </message>
        <message>
            <source>Note</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:602</extracomment>
            <translation>My note</translation>
        </message>
        <message>
            <source>Note personnelle</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:603</extracomment>
            <translation>Personal note</translation>
        </message>
        <message>
            <source>Une question à poser, un document à trouver…</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:604</extracomment>
            <translation>A question to ask, a document to find…</translation>
        </message>
        <message>
            <source>Enregistrer la &amp;note</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:607</extracomment>
            <translation>Save the &amp;note</translation>
        </message>
        <message>
            <source>Enregistrer la note</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:608</extracomment>
            <translation>Save the note</translation>
        </message>
        <message>
            <source>Enregistrer la note (Ctrl+S)</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:610</extracomment>
            <translation>Save the note (Ctrl+S)</translation>
        </message>
        <message>
            <source>Rendez-vous pris</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:611</extracomment>
            <translation>Appointments made</translation>
        </message>
        <message>
            <source>Rendez-vous pris pour cette étape</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:612</extracomment>
            <translation>Appointments made for this step</translation>
        </message>
        <message>
            <source>Aucun rendez-vous noté pour cette étape.</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:613</extracomment>
            <translation>No appointment noted for this step.</translation>
        </message>
        <message>
            <source>Ajouter un rendez-&amp;vous…</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:616</extracomment>
            <translation>Add an &amp;appointment…</translation>
        </message>
        <message>
            <source>Ajouter un rendez-vous</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:617</extracomment>
            <translation>Add an appointment</translation>
        </message>
        <message>
            <source>&amp;Modifier…</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:621</extracomment>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>Modifier le rendez-vous choisi</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:622</extracomment>
            <translation>Edit the chosen appointment</translation>
        </message>
        <message>
            <source>S&amp;upprimer</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:626</extracomment>
            <translation>De&amp;lete</translation>
        </message>
        <message>
            <source>Supprimer le rendez-vous choisi</source>
            <extracomment>From src/parcours_app/ui/journey/detail.py:627</extracomment>
            <translation>Delete the chosen appointment</translation>
        </message>
    </context>
    <context>
        <name>EventResourcesBox</name>
        <message>
            <location filename="../src/parcours_app/ui/resources_page.py" line="+541" />
            <source>Pour aller plus loin</source>
            <translation>To find out more</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Toutes les ressources sur ce sujet</source>
            <translation>All the resources on this topic</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ouvrir la page Ressources sur le sujet de cette étape</source>
            <translation>Open the Resources page on this step’s topic</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Aucun enfant n’a la clé « %1 ». Clés connues : %2.</source>
            <extracomment>From src/parcours_app/export/formats.py:137</extracomment>
            <translation>No child has the key “%1”. Known keys: %2.</translation>
        </message>
        <message>
            <source>le %1</source>
            <extracomment>From src/parcours_app/export/formats.py:196</extracomment>
            <translation>on %1</translation>
        </message>
        <message>
            <source>du %1 au %2</source>
            <extracomment>From src/parcours_app/export/formats.py:197</extracomment>
            <translation>from %1 to %2</translation>
        </message>
        <message>
            <source>Format « %1 » inconnu : choisissez ics ou pdf.</source>
            <extracomment>From src/parcours_app/export/formats.py:251</extracomment>
            <translation type="vanished">Unknown format “%1”: choose ics or pdf.</translation>
        </message>
        <message>
            <source>Grossesse</source>
            <extracomment>From src/parcours_app/export/ics.py:60</extracomment>
            <translation>Pregnancy</translation>
        </message>
        <message>
            <source>Démarches</source>
            <extracomment>From src/parcours_app/export/ics.py:61</extracomment>
            <translation>Paperwork</translation>
        </message>
        <message>
            <source>Congés</source>
            <extracomment>From src/parcours_app/export/ics.py:62</extracomment>
            <translation>Leave</translation>
        </message>
        <message>
            <source>Après la naissance</source>
            <extracomment>From src/parcours_app/export/ics.py:63</extracomment>
            <translation>After the birth</translation>
        </message>
        <message>
            <source>Examens de l’enfant</source>
            <extracomment>From src/parcours_app/export/ics.py:64</extracomment>
            <translation>Child’s examinations</translation>
        </message>
        <message>
            <source>Vaccins</source>
            <extracomment>From src/parcours_app/export/ics.py:65</extracomment>
            <translation>Vaccines</translation>
        </message>
        <message>
            <source>Auto-questionnaire</source>
            <extracomment>From src/parcours_app/export/ics.py:66</extracomment>
            <translation>Self-test</translation>
        </message>
        <message>
            <source>Étapes de vie</source>
            <extracomment>From src/parcours_app/export/ics.py:67</extracomment>
            <translation>Life stages</translation>
        </message>
        <message>
            <source>Parcours 1000 jours</source>
            <extracomment>From src/parcours_app/export/ics.py:74</extracomment>
            <translation>Parcours 1000 jours (1000 days journey)</translation>
        </message>
        <message>
            <source>étapes obligatoires</source>
            <extracomment>From src/parcours_app/export/ics.py:80</extracomment>
            <translation>compulsory steps</translation>
        </message>
        <message>
            <source>Calendrier personnel des 1000 premiers jours, établi le %1.</source>
            <extracomment>From src/parcours_app/export/ics.py:116</extracomment>
            <translation>Personal calendar of the first 1000 days, made on %1.</translation>
        </message>
        <message>
            <source>Début : %1</source>
            <extracomment>From src/parcours_app/export/ics.py:250</extracomment>
            <translation>Start: %1</translation>
        </message>
        <message>
            <source>Dernier jour : %1</source>
            <extracomment>From src/parcours_app/export/ics.py:258</extracomment>
            <translation>Last day: %1</translation>
        </message>
        <message>
            <source>À partir d’aujourd’hui : %1</source>
            <extracomment>From src/parcours_app/export/ics.py:266</extracomment>
            <translation>From today: %1</translation>
        </message>
        <message>
            <source>Obligatoire</source>
            <extracomment>From src/parcours_app/export/ics.py:286</extracomment>
            <translation>Compulsory</translation>
        </message>
        <message>
            <source>Quand : %1</source>
            <extracomment>From src/parcours_app/export/ics.py:293</extracomment>
            <translation>When: %1</translation>
        </message>
        <message>
            <source>Idéalement vers le %1</source>
            <extracomment>From src/parcours_app/export/ics.py:295</extracomment>
            <translation>Ideally around %1</translation>
        </message>
        <message>
            <source>Qui voir : %1</source>
            <extracomment>From src/parcours_app/export/ics.py:297</extracomment>
            <translation>Who to see: %1</translation>
        </message>
        <message>
            <source>À prévoir : %1</source>
            <extracomment>From src/parcours_app/export/ics.py:299</extracomment>
            <translation>To plan: %1</translation>
        </message>
        <message numerus="yes">
            <source>Dans %n jour(s) – %1</source>
            <extracomment>From src/parcours_app/export/ics.py:332</extracomment>
            <translation>
                <numerusform>In %n day – %1</numerusform>
                <numerusform>In %n days – %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Conseil : %1</source>
            <extracomment>From src/parcours_app/export/formats.py:204; src/parcours_app/export/formats.py:207</extracomment>
            <translation>Tip: %1</translation>
        </message>
        <message>
            <source>Ce parcours n’a aucune étape d’enfant : exportez-le en entier, sans choisir d’enfant.</source>
            <extracomment>From src/parcours_app/export/formats.py:134</extracomment>
            <translation>This journey has no child step: export all of it, without choosing a child.</translation>
        </message>
        <message>
            <source>Étape obligatoire.</source>
            <extracomment>From src/parcours_app/export/ics.py:303</extracomment>
            <translation>Compulsory step.</translation>
        </message>
        <message>
            <source>Étape recommandée.</source>
            <extracomment>From src/parcours_app/export/ics.py:303</extracomment>
            <translation>Recommended step.</translation>
        </message>
        <message>
            <source>Date estimée d’après le terme prévu : elle sera recalculée après la naissance.</source>
            <extracomment>From src/parcours_app/export/ics.py:308</extracomment>
            <translation>Estimated date based on the expected due date: it will be worked out again after the birth.</translation>
        </message>
        <message>
            <source>Fait le %1.</source>
            <extracomment>From src/parcours_app/export/ics.py:312</extracomment>
            <translation>Done on %1.</translation>
        </message>
        <message>
            <source>Source officielle : %1, %2 (vérifiée le %3)</source>
            <extracomment>From src/parcours_app/export/ics.py:316</extracomment>
            <translation>Official source: %1, %2 (checked on %3)</translation>
        </message>
        <message>
            <source>Aujourd’hui – %1</source>
            <extracomment>From src/parcours_app/export/ics.py:328</extracomment>
            <translation>Today – %1</translation>
        </message>
        <message>
            <source>Demain – %1</source>
            <extracomment>From src/parcours_app/export/ics.py:330</extracomment>
            <translation>Tomorrow – %1</translation>
        </message>
        <message>
            <source>Dans %1 jours – %2</source>
            <extracomment>From src/parcours_app/export/ics.py:418</extracomment>
            <translation type="vanished">In %1 days – %2</translation>
        </message>
        <message>
            <source>Rendez-vous</source>
            <extracomment>From src/parcours_app/export/ics.py:351</extracomment>
            <translation>Appointment</translation>
        </message>
        <message>
            <source>Source officielle : %1, %2</source>
            <extracomment>From src/parcours_app/export/ics.py:368</extracomment>
            <translation>Official source: %1, %2</translation>
        </message>
        <message>
            <source>Rendez-vous : %1</source>
            <extracomment>From src/parcours_app/export/ics.py:381</extracomment>
            <translation>Appointment: %1</translation>
        </message>
    </context>
    <context>
        <name>FamilyForm</name>
        <message>
            <location filename="../src/parcours_app/ui/first_run.py" line="+99" />
            <source>Où en êtes-vous ?</source>
            <translation>Where are you now?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je suis enceinte / nous attendons un &amp;enfant</source>
            <translation>I am pregnant / we are expecting a &amp;child</translation>
        </message>
        <message>
            <source>Je suis enceinte / nous attendons un enfant</source>
            <translation type="vanished">I am pregnant / we are expecting a child</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notre enfant est &amp;né</source>
            <translation>Our child is &amp;born</translation>
        </message>
        <message>
            <source>Notre enfant est né</source>
            <translation type="vanished">Our child is born</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Les dates</source>
            <translation>The dates</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pour les jours fériés et les congés</source>
            <translation>For public holidays and leave</translation>
        </message>
        <message>
            <location line="+2" />
            <source>France métropolitaine</source>
            <translation>Mainland France</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alsace-Moselle</source>
            <translation>Alsace-Moselle (Bas-Rhin, Haut-Rhin, Moselle)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Guadeloupe</source>
            <translation>Guadeloupe (overseas region)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Martinique</source>
            <translation>Martinique (overseas region)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Guyane</source>
            <translation>French Guiana</translation>
        </message>
        <message>
            <location line="+1" />
            <source>La Réunion</source>
            <translation>Réunion</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mayotte</source>
            <translation>Mayotte (overseas region)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Je ne sais pas / ne souhaite pas dire</source>
            <translation>I don’t know / prefer not to say</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Oui, salarié(e)</source>
            <translation>Yes, an employee</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Non (indépendant(e), sans emploi…)</source>
            <translation>No (self-employed, not working…)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Régi&amp;on :</source>
            <translation>&amp;Region:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>L'a&amp;utre parent est salarié :</source>
            <translation>The other parent is an em&amp;ployee:</translation>
        </message>
        <message>
            <source>&amp;Région :</source>
            <translation type="vanished">&amp;Region:</translation>
        </message>
        <message>
            <location line="-1" />
            <source>La mère est &amp;salariée :</source>
            <translation>The mother is an e&amp;mployee:</translation>
        </message>
        <message>
            <source>L'autre parent est s&amp;alarié :</source>
            <translation type="vanished">The other parent is an em&amp;ployee:</translation>
        </message>
    </context>
    <context>
        <name>FamilyQuestions</name>
        <message>
            <location line="-334" />
            <source>Le bébé est-il né ?</source>
            <translation>Has the baby been born?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ces dates donnent %1 SA aujourd'hui, bien après le terme. Le bébé est-il déjà né ?</source>
            <translation>These dates give %1 weeks today, well past the due date. Has the baby already been born?</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Oui, il est né</source>
            <translation>Yes, the baby is born</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Non, pas encore</source>
            <translation>No, not yet</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Rendez-vous après la naissance</source>
            <translation>Appointments after the birth</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ces rendez-vous de grossesse étaient prévus après la date de naissance :
%1

Les supprimer ?</source>
            <translation>These pregnancy appointments were planned after the birth date:
%1

Remove them?</translation>
        </message>
    </context>
    <context>
        <name>FileDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/kiosk.py" line="+61" />
            <source>&amp;Voir dans :</source>
            <extracomment>From src/parcours_app/ui/kiosk.py:61</extracomment>
            <translation>&amp;Look in:</translation>
        </message>
        <message>
            <source>&amp;Nom du fichier :</source>
            <extracomment>From src/parcours_app/ui/kiosk.py:62</extracomment>
            <translation>File &amp;name:</translation>
        </message>
        <message>
            <source>&amp;Type de fichier :</source>
            <extracomment>From src/parcours_app/ui/kiosk.py:63</extracomment>
            <translation>Files of &amp;type:</translation>
        </message>
        <message>
            <source>Annuler</source>
            <extracomment>From src/parcours_app/ui/kiosk.py:64</extracomment>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>FirstRunPage</name>
        <message>
            <location filename="../src/parcours_app/ui/first_run.py" line="+443" />
            <source>Les dates enregistrées ne permettent pas de calculer le calendrier : %1 Corrigez-les ci-dessous.</source>
            <translation>The saved dates do not allow the calendar to be worked out: %1 Correct them below.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Indiquez une date : le calendrier s'affiche aussitôt ici.</source>
            <translation>Enter a date: the calendar appears here straight away.</translation>
        </message>
        <message>
            <location line="+63" />
            <source>Bienvenue dans Parcours 1000 jours</source>
            <translation>Welcome to Parcours 1000 jours</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Une ou deux dates suffisent pour calculer votre calendrier : examens, démarches, congés et vaccins. Tout reste sur cet ordinateur.</source>
            <translation>One or two dates are enough to work out your calendar: examinations, paperwork, leave and vaccines. Everything stays on this computer.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Voir notre parcours</source>
            <translation>&amp;See our journey</translation>
        </message>
        <message>
            <source>Voir notre parcours</source>
            <translation type="vanished">See our journey</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ctrl+Entrée</source>
            <translation>Ctrl+Enter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Étapes précédentes déjà &amp;faites</source>
            <translation>&amp;Previous steps already done</translation>
        </message>
        <message>
            <source>Étapes précédentes déjà faites</source>
            <translation type="vanished">Previous steps already done</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Les étapes dont la période est passée sont cochées comme faites : rien n'apparaît en retard.</source>
            <translation>Steps whose period has passed are ticked as done: nothing shows as late.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Résultat</source>
            <translation>Result</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Premier lancement : vos dates</source>
            <translation>First start: your dates</translation>
        </message>
    </context>
    <context>
        <name>HelplineCard</name>
        <message>
            <location filename="../src/parcours_app/ui/crisis_panel.py" line="-111" />
            <source>Source : %1, %2 (vérifié le %3)</source>
            <translation>Source: %1, %2 (checked on %3)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1. Numéro : %2. %3 %4</source>
            <translation>%1. Number: %2. %3 %4</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Numéro de %1 : %2</source>
            <translation>Number for %1: %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Source de %1</source>
            <translation>Source for %1</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <location filename="../src/parcours_app/ui/selftest/history_page.py" line="+126" />
            <source>Historique illisible</source>
            <translation>History cannot be read</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Les résultats gardés n'ont pas pu être lus : %1</source>
            <translation>The saved results could not be read: %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1 à %2 : %3 sur 30, %4 (%5)</source>
            <translation>%1 at %2: %3 out of 30, %4 (%5)</translation>
        </message>
        <message>
            <location line="+11" />
            <source> ; question 10 : %1 sur 3</source>
            <translation>; question 10: %1 out of 3</translation>
        </message>
        <message>
            <source>Courbe des scores : %1 résultats gardés</source>
            <translation type="vanished">Score chart: %1 saved results</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>Courbe des scores : %n résultat(s) gardé(s)</source>
            <translation>
                <numerusform>Score chart: %n saved result</numerusform>
                <numerusform>Score chart: %n saved results</numerusform>
            </translation>
        </message>
        <message>
            <location line="+17" />
            <location line="+35" />
            <source>Effacer ce résultat</source>
            <translation>Erase this result</translation>
        </message>
        <message>
            <location line="-35" />
            <source>Effacer ce résultat de cet ordinateur ? Ce sera définitif.</source>
            <translation>Erase this result from this computer? This cannot be undone.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Effacer tous les résultats</source>
            <translation>Erase all results</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Effacer tous les résultats gardés sur cet ordinateur ? Ce sera définitif.</source>
            <translation>Erase all the results saved on this computer? This cannot be undone.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Effacement impossible</source>
            <translation>Cannot erase</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rien n'a été effacé : %1</source>
            <translation>Nothing was erased: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Mes résultats gardés</source>
            <translation>My saved results</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Les résultats que vous avez choisi de garder, du plus récent au plus ancien. Les lignes pointillées marquent 9 et 13 points. Ils restent sur cet ordinateur et vous pouvez les effacer.</source>
            <translation>The results you chose to keep, from newest to oldest. The dotted lines mark 9 and 13 points. They stay on this computer and you can erase them.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Aucun résultat gardé.</source>
            <translation>No saved results.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Résultats gardés</source>
            <translation>Saved results</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Effacer le résultat sélectionné</source>
            <translation>Erase the selected result</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tout effacer</source>
            <translation>Erase all</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Effacer tous les résultats gardés</source>
            <translation>Erase all saved results</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Retour</source>
            <translation>Back</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Retour à l'accueil du questionnaire</source>
            <translation>Back to the questionnaire home page</translation>
        </message>
    </context>
    <context>
        <name>Home</name>
        <message>
            <source>1er mois de grossesse</source>
            <extracomment>From src/parcours_app/ui/home_page.py:42</extracomment>
            <translation>1st month of pregnancy</translation>
        </message>
        <message>
            <source>%1e mois de grossesse</source>
            <extracomment>From src/parcours_app/ui/home_page.py:43</extracomment>
            <translation>Month %1 of pregnancy</translation>
        </message>
        <message>
            <source>Votre enfant</source>
            <extracomment>From src/parcours_app/ui/home_page.py:54</extracomment>
            <translation>Your child</translation>
        </message>
        <message>
            <source>%n an</source>
            <extracomment>From src/parcours_app/ui/home_page.py:58</extracomment>
            <translation type="vanished">%n year</translation>
        </message>
        <message>
            <source>%n ans</source>
            <extracomment>From src/parcours_app/ui/home_page.py:58</extracomment>
            <translation type="vanished">%n years</translation>
        </message>
        <message>
            <source>%n mois</source>
            <extracomment>From src/parcours_app/ui/home_page.py:60; src/parcours_app/ui/home_page.py:60; src/parcours_app/ui/home_page.py:71; … and 1 more</extracomment>
            <translation type="vanished">%n month(s)</translation>
        </message>
        <message>
            <source>%1 a %2 et %3</source>
            <extracomment>From src/parcours_app/ui/home_page.py:61; src/parcours_app/ui/home_page.py:73</extracomment>
            <translation>%1 is %2 and %3 old</translation>
        </message>
        <message>
            <source>%1 a %2</source>
            <extracomment>From src/parcours_app/ui/home_page.py:66; src/parcours_app/ui/home_page.py:69; src/parcours_app/ui/home_page.py:72</extracomment>
            <translation>%1 is %2 old</translation>
        </message>
        <message>
            <source>%n jour</source>
            <extracomment>From src/parcours_app/ui/home_page.py:68</extracomment>
            <translation type="vanished">%n day</translation>
        </message>
        <message>
            <source>%n jours</source>
            <extracomment>From src/parcours_app/ui/home_page.py:68</extracomment>
            <translation type="vanished">%n days</translation>
        </message>
        <message>
            <source>Grossesse à venir : terme prévu le %1</source>
            <extracomment>From src/parcours_app/ui/home_page.py:86</extracomment>
            <translation>Upcoming pregnancy: due date %1</translation>
        </message>
        <message>
            <source>%1 SA + %2 j — %3</source>
            <extracomment>From src/parcours_app/ui/home_page.py:90</extracomment>
            <translation>%1+%2 weeks — %3</translation>
        </message>
        <message>
            <source>terme dépassé</source>
            <extracomment>From src/parcours_app/ui/home_page.py:91</extracomment>
            <translation>past the due date</translation>
        </message>
        <message>
            <source> (jumeaux)</source>
            <extracomment>From src/parcours_app/ui/home_page.py:93</extracomment>
            <translation> (twins)</translation>
        </message>
        <message>
            <source> (triplés)</source>
            <extracomment>From src/parcours_app/ui/home_page.py:95</extracomment>
            <translation> (triplets)</translation>
        </message>
        <message>
            <source>Terme prévu le %1</source>
            <extracomment>From src/parcours_app/ui/home_page.py:97</extracomment>
            <translation>Due date %1</translation>
        </message>
        <message>
            <source>Naissance indiquée le %1</source>
            <extracomment>From src/parcours_app/ui/home_page.py:103</extracomment>
            <translation>Birth recorded on %1</translation>
        </message>
        <message>
            <source>Les 1000 premiers jours commencent le %1 (début du 4e mois de grossesse).</source>
            <extracomment>From src/parcours_app/ui/home_page.py:117</extracomment>
            <translation>The first 1000 days begin on %1 (start of the 4th month of pregnancy).</translation>
        </message>
        <message>
            <source>Les 1000 premiers jours se sont terminés le %1 (2 ans).</source>
            <extracomment>From src/parcours_app/ui/home_page.py:121</extracomment>
            <translation>The first 1000 days ended on %1 (age 2).</translation>
        </message>
        <message>
            <source>Jour %1 des 1000 premiers jours, qui vont du début du 4e mois de grossesse aux 2 ans de l'enfant.</source>
            <extracomment>From src/parcours_app/ui/home_page.py:125</extracomment>
            <translation>Day %1 of the first 1000 days, which run from the start of the 4th month of pregnancy to the child’s 2nd birthday.</translation>
        </message>
        <message>
            <source>1 étape calculée pour votre famille.</source>
            <extracomment>From src/parcours_app/ui/home_page.py:165</extracomment>
            <translation>1 step calculated for your family.</translation>
        </message>
        <message>
            <source>%1 étapes calculées pour votre famille.</source>
            <extracomment>From src/parcours_app/ui/home_page.py:167</extracomment>
            <translation>%1 steps worked out for your family.</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <location filename="../src/parcours_app/ui/home_page.py" line="+441" />
            <source>Aujourd'hui, %1</source>
            <translation>Today, %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Aucune famille n'est encore enregistrée.</source>
            <translation>No family has been saved yet.</translation>
        </message>
        <message>
            <source>Rien en retard. 👍</source>
            <translation type="vanished">Nothing overdue. 👍</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Rien à faire cette semaine.</source>
            <translation>Nothing to do this week.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Plus aucune étape à venir.</source>
            <translation>No more steps to come.</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="vanished">%1 (%2)</translation>
        </message>
        <message>
            <source>dernier jour le %1</source>
            <translation type="vanished">last day %1</translation>
        </message>
        <message>
            <location line="+51" />
            <source>le %1</source>
            <translation>on %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>du %1 au %2</source>
            <translation>from %1 to %2</translation>
        </message>
        <message>
            <source> — obligatoire</source>
            <translation type="vanished"> — compulsory</translation>
        </message>
        <message>
            <source>%1 : %2</source>
            <translation type="vanished">%1: %2</translation>
        </message>
        <message>
            <source>%1 le %2 à %3</source>
            <translation type="vanished">%1 on %2 at %3</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Rendez-vous</source>
            <translation>Appointment</translation>
        </message>
        <message>
            <location line="-9" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message numerus="yes">
            <location line="-4" />
            <source>plus que %n jours</source>
            <translation>
                <numerusform>only %n day left</numerusform>
                <numerusform>only %n days left</numerusform>
            </translation>
        </message>
        <message>
            <location line="+26" />
            <source>Aucun rendez-vous noté pour les 7 prochains jours.</source>
            <translation>No appointment noted for the next 7 days.</translation>
        </message>
        <message>
            <source>&amp;En retard</source>
            <translation type="vanished">&amp;Overdue</translation>
        </message>
        <message>
            <source>À faire cette &amp;semaine</source>
            <translation type="vanished">To do this &amp;week</translation>
        </message>
        <message>
            <source>&amp;Prochaines étapes</source>
            <translation type="vanished">&amp;Next steps</translation>
        </message>
        <message>
            <source>&amp;Rendez-vous des 7 prochains jours</source>
            <translation type="vanished">&amp;Appointments in the next 7 days</translation>
        </message>
        <message>
            <source>En retard</source>
            <translation type="vanished">Overdue</translation>
        </message>
        <message>
            <location line="+55" />
            <source>À faire cette semaine</source>
            <translation>To do this week</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Prochaines étapes</source>
            <translation>Next steps</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rendez-vous des 7 prochains jours</source>
            <translation>Appointments in the next 7 days</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Fait aujourd'hui</source>
            <translation>&amp;Done today</translation>
        </message>
        <message>
            <source>Marquer l'étape choisie comme faite aujourd'hui</source>
            <translation type="vanished">Mark the chosen step as done today</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Me le rappeler dans une se&amp;maine</source>
            <translation>&amp;Remind me in a week</translation>
        </message>
        <message>
            <source>Reporter l'étape choisie d'une semaine</source>
            <translation type="vanished">Postpone the chosen step by one week</translation>
        </message>
        <message>
            <location line="-226" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Aucune étape en cours aujourd'hui.</source>
            <translation>No step under way today.</translation>
        </message>
        <message>
            <location line="+41" />
            <location line="+58" />
            <source>Voir</source>
            <translation>View</translation>
        </message>
        <message>
            <location line="-58" />
            <source>Voir le détail de l'étape</source>
            <translation>View the details of the step</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Date limite passée : %1</source>
            <translation>Deadline passed: %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>jusqu'au %1</source>
            <translation>until %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>obligatoire</source>
            <translation>compulsory</translation>
        </message>
        <message>
            <location line="+0" />
            <source>recommandé</source>
            <translation>recommended</translation>
        </message>
        <message>
            <location line="+3" />
            <source>À rattraper · %1</source>
            <translation>To catch up · %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>dernier jour aujourd'hui</source>
            <translation>last day today</translation>
        </message>
        <message>
            <location line="+2" />
            <source>dernier jour demain</source>
            <translation>last day tomorrow</translation>
        </message>
        <message>
            <source>plus que %1 jours</source>
            <translation type="vanished">only %1 days left</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Urgent : %1</source>
            <translation>Urgent: %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>le %1 à %2</source>
            <translation>on %1 at %2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Voir l'étape de ce rendez-vous</source>
            <translation>View the step of this appointment</translation>
        </message>
        <message>
            <location line="+10" />
            <source>1 étape passée avant que vous utilisiez l'application : l'avez-vous faite ?</source>
            <translation>1 step ended before you started using the app: did you do it?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 étapes passées avant que vous utilisiez l'application : les avez-vous faites ?</source>
            <translation>%1 steps ended before you started using the app: did you do them?</translation>
        </message>
        <message>
            <location line="+17" />
            <source>« %1 » : marqué fait aujourd'hui.</source>
            <translation>“%1”: marked done today.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>« %1 » : reporté d'une semaine.</source>
            <translation>“%1”: postponed by a week.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Annuler</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Annuler : %1</source>
            <translation>Undo: %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Étape choisie : %1</source>
            <translation>Chosen step: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Marquer « %1 » comme fait aujourd'hui</source>
            <translation>Mark “%1” as done today</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reporter « %1 » d'une semaine</source>
            <translation>Postpone “%1” by a week</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choisissez une étape ci-dessus pour la marquer comme faite ou la reporter.</source>
            <translation>Choose a step above to mark it as done or postpone it.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Choisissez d'abord une étape</source>
            <translation>Choose a step first</translation>
        </message>
        <message>
            <location line="+3" />
            <source>En cours</source>
            <translation>Under way</translation>
        </message>
        <message>
            <location line="+2" />
            <source>À rattraper</source>
            <translation>To catch up</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Étapes passées</source>
            <translation>Past steps</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Répondre</source>
            <translation>&amp;Answer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Répondre : ces étapes passées, les avez-vous faites ?</source>
            <translation>Answer: these past steps, did you do them?</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Message clé pour cette période</source>
            <translation>Key message for this period</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prendre soin de soi</source>
            <translation>Looking after yourself</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Après une naissance, chacun des deux parents peut traverser une période difficile. Un questionnaire de 10 questions aide à faire le point sur les 7 derniers jours ; les réponses restent sur cet ordinateur.</source>
            <translation>After a birth, either parent can go through a difficult time. A 10-question questionnaire helps you take stock of the last 7 days; the answers stay on this computer.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Faire le point : la mère</source>
            <translation>Take stock: the mother</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Faire le point sur son moral : questionnaire pour la mère</source>
            <translation>Take stock of how you feel: questionnaire for the mother</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Faire le point : l'autre parent</source>
            <translation>Take stock: the other parent</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Faire le point sur son moral : questionnaire pour l'autre parent</source>
            <translation>Take stock of how you feel: questionnaire for the other parent</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Aujourd'hui</source>
            <translation>Today</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Où en est la famille</source>
            <translation>Where the family is now</translation>
        </message>
    </context>
    <context>
        <name>Journey</name>
        <message>
            <source>Région inconnue.</source>
            <extracomment>From src/parcours_app/core/journey.py:102</extracomment>
            <translation>Unknown region.</translation>
        </message>
        <message>
            <source>Trop de grossesses ou d'enfants pour une seule famille : vérifiez la saisie.</source>
            <extracomment>From src/parcours_app/core/journey.py:104; src/parcours_app/core/validation.py:50</extracomment>
            <translation>Too many pregnancies or children for one family: check what you entered.</translation>
        </message>
        <message>
            <source>Deux grossesses portent la même clé : chaque grossesse doit avoir la sienne.</source>
            <extracomment>From src/parcours_app/core/journey.py:107; src/parcours_app/core/validation.py:55</extracomment>
            <translation>Two pregnancies have the same key: each pregnancy needs its own.</translation>
        </message>
        <message>
            <source>Deux enfants portent la même clé : chaque enfant doit avoir la sienne.</source>
            <extracomment>From src/parcours_app/core/journey.py:110; src/parcours_app/core/validation.py:59</extracomment>
            <translation>Two children have the same key: each child needs its own.</translation>
        </message>
        <message>
            <source>La clé « %1 » ne doit contenir ni deux-points ni espaces au bord.</source>
            <extracomment>From src/parcours_app/core/journey.py:113</extracomment>
            <translation>The key “%1” must not contain a colon, nor start or end with a space.</translation>
        </message>
        <message>
            <source>La durée d'hospitalisation du bébé doit être comprise entre 0 et 366 jours.</source>
            <extracomment>From src/parcours_app/core/journey.py:123; src/parcours_app/core/validation.py:66</extracomment>
            <translation>The baby’s hospital stay must be between 0 and 366 days.</translation>
        </message>
        <message>
            <source>La date de naissance de l'enfant (%1) est après aujourd'hui (%2) : pour une naissance à venir, indiquez le terme prévu de la grossesse.</source>
            <extracomment>From src/parcours_app/core/journey.py:130</extracomment>
            <translation>The child’s date of birth (%1) is after today (%2): for a birth still to come, give the expected due date of the pregnancy.</translation>
        </message>
        <message>
            <source>La date de naissance de l'enfant (%1) a plus de 18 ans : vérifiez l'année.</source>
            <extracomment>From src/parcours_app/core/journey.py:139</extracomment>
            <translation>The child’s date of birth (%1) is more than 18 years ago: check the year.</translation>
        </message>
        <message>
            <source>L'enfant est rattaché à une grossesse qui n'existe pas : enregistrez-la d'abord.</source>
            <extracomment>From src/parcours_app/core/journey.py:147; src/parcours_app/core/validation.py:73</extracomment>
            <translation>The child is linked to a pregnancy that does not exist: save the pregnancy first.</translation>
        </message>
    </context>
    <context>
        <name>JourneyCalendar</name>
        <message>
            <location filename="../src/parcours_app/ui/journey/month_view.py" line="+48" />
            <source>Mois précédent</source>
            <translation>Previous month</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mois suivant</source>
            <translation>Next month</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choisir le mois</source>
            <translation>Choose the month</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choisir l'année</source>
            <translation>Choose the year</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Jours du mois</source>
            <translation>Days of the month</translation>
        </message>
        <message numerus="yes">
            <location line="+17" />
            <source>%1 : %n étape(s) ou rendez-vous ce jour-là</source>
            <translation>
                <numerusform>%1: %n step or appointment that day</numerusform>
                <numerusform>%1: %n steps or appointments that day</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 : %2 étape(s) ou rendez-vous ce jour-là</source>
            <translation type="vanished">%1: %2 step(s) or appointment(s) that day</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 : aucune étape ce jour-là</source>
            <translation>%1: no step that day</translation>
        </message>
    </context>
    <context>
        <name>JourneyFilters</name>
        <message>
            <source>Grossesse %1 (terminée)</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:83</extracomment>
            <translation>Pregnancy %1 (ended)</translation>
        </message>
        <message>
            <source>Grossesse %1</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:85</extracomment>
            <translation>Pregnancy %1</translation>
        </message>
        <message>
            <source>Grossesse (terminée)</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:87</extracomment>
            <translation>Pregnancy (ended)</translation>
        </message>
        <message>
            <source>Grossesse</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:89</extracomment>
            <translation>Pregnancy</translation>
        </message>
        <message>
            <source>Enfant %1</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:92; src/parcours_app/core/journey_filters.py:436</extracomment>
            <translation>Child %1</translation>
        </message>
        <message>
            <source>1er mois</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:322</extracomment>
            <translation>1</translation>
        </message>
        <message>
            <source>%1e mois</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:323</extracomment>
            <translation>%1</translation>
        </message>
        <message>
            <source>0–3 mois</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:328</extracomment>
            <translation>0–3 months</translation>
        </message>
        <message>
            <source>de la naissance à 3 mois</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:328</extracomment>
            <translation>from birth to 3 months</translation>
        </message>
        <message>
            <source>3–6 mois</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:329</extracomment>
            <translation>3–6 months</translation>
        </message>
        <message>
            <source>de 3 à 6 mois</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:329</extracomment>
            <translation>from 3 to 6 months</translation>
        </message>
        <message>
            <source>6–12 mois</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:330</extracomment>
            <translation>6–12 months</translation>
        </message>
        <message>
            <source>de 6 mois à 1 an</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:330</extracomment>
            <translation>from 6 months to 1 year</translation>
        </message>
        <message>
            <source>1–2 ans</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:331</extracomment>
            <translation>1–2 years</translation>
        </message>
        <message>
            <source>de 1 à 2 ans</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:331</extracomment>
            <translation>from 1 to 2 years</translation>
        </message>
        <message>
            <source>2–3 ans</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:332</extracomment>
            <translation>2–3 years</translation>
        </message>
        <message>
            <source>de 2 à 3 ans</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:332</extracomment>
            <translation>from 2 to 3 years</translation>
        </message>
        <message>
            <source>%1e mois de grossesse</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:350</extracomment>
            <translation>Month %1 of pregnancy</translation>
        </message>
        <message>
            <source>1er mois de grossesse</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:352</extracomment>
            <translation>1st month of pregnancy</translation>
        </message>
        <message>
            <source>Terme</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:359</extracomment>
            <translation>Due date</translation>
        </message>
        <message>
            <source>après le terme, jusqu'à la naissance</source>
            <extracomment>From src/parcours_app/core/journey_filters.py:360</extracomment>
            <translation>after the due date, until the birth</translation>
        </message>
    </context>
    <context>
        <name>JourneyListModel</name>
        <message>
            <source>1 étape</source>
            <translation type="vanished">1 step</translation>
        </message>
        <message>
            <source>%1 étapes</source>
            <translation type="vanished">%1 steps</translation>
        </message>
        <message>
            <location filename="../src/parcours_app/ui/journey/list_model.py" line="+249" />
            <source>Rendez-vous pris le %1 à %2</source>
            <translation>Appointment made for %1 at %2</translation>
        </message>
        <message numerus="yes">
            <source>%n étape(s)</source>
            <extracomment>From src/parcours_app/ui/journey/list_model.py:193</extracomment>
            <translation>
                <numerusform>%n step</numerusform>
                <numerusform>%n steps</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JourneyPage</name>
        <message>
            <location filename="../src/parcours_app/ui/journey/page.py" line="+313" />
            <source>Cliquez sur un jour pour voir les étapes en cours ce jour-là.</source>
            <translation>Click on a day to see the steps under way that day.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Étapes en cours le %1.</source>
            <translation>Steps under way on %1.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 sur %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message>
            <source>%1 étapes affichées sur %2</source>
            <translation type="vanished">%1 steps shown out of %2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Le parcours apparaîtra ici dès qu'une date de grossesse ou de naissance sera saisie.</source>
            <translation>The journey will appear here as soon as a pregnancy date or a date of birth is entered.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Aucune étape ne correspond à ces filtres.</source>
            <translation>No step matches these filters.</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Toute la famille</source>
            <translation>The whole family</translation>
        </message>
        <message>
            <location line="+80" />
            <source>Parcours</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:475</extracomment>
            <translation>Journey</translation>
        </message>
        <message>
            <source>Afficher :</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:476</extracomment>
            <translation>Show:</translation>
        </message>
        <message>
            <source>&amp;Grossesse</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:478</extracomment>
            <translation>&amp;Pregnancy</translation>
        </message>
        <message>
            <source>&amp;Congés</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:479</extracomment>
            <translation>&amp;Leave</translation>
        </message>
        <message>
            <source>&amp;Enfant</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:480</extracomment>
            <translation>&amp;Child</translation>
        </message>
        <message>
            <source>&amp;Démarches</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:481</extracomment>
            <translation>Pape&amp;rwork</translation>
        </message>
        <message>
            <source>Afficher les étapes : %1</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:486</extracomment>
            <translation>Show the steps: %1</translation>
        </message>
        <message>
            <source>&amp;Obligatoires seulement</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:490</extracomment>
            <translation>Compulsory &amp;only</translation>
        </message>
        <message>
            <source>Afficher seulement les étapes obligatoires</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:491</extracomment>
            <translation>Show only the compulsory steps</translation>
        </message>
        <message>
            <source>&amp;Pour :</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:493</extracomment>
            <translation>&amp;For:</translation>
        </message>
        <message>
            <source>Pour quelle grossesse ou quel enfant</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:494</extracomment>
            <translation>For which pregnancy or which child</translation>
        </message>
        <message>
            <source>&amp;Tout afficher</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:499</extracomment>
            <translation>Show &amp;all</translation>
        </message>
        <message>
            <source>Effacer les filtres et tout afficher</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:500; src/parcours_app/ui/journey/page.py:532</extracomment>
            <translation>Clear the filters and show everything</translation>
        </message>
        <message>
            <source>&amp;Mois</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:502</extracomment>
            <translation>&amp;Month</translation>
        </message>
        <message>
            <source>Vue du mois</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:503</extracomment>
            <translation>Month view</translation>
        </message>
        <message>
            <source>Les jours soulignés en gras ouvrent ou ferment une étape ; le chiffre dit combien. Entrée ou clic : voir les étapes en cours ce jour-là.</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:505</extracomment>
            <translation>Days underlined in bold open or close a step; the number says how many. Enter or click: see the steps under way that day.</translation>
        </message>
        <message>
            <source>Jour souligné en gras : une étape commence, se termine ou est conseillée ce jour-là (le chiffre indique combien). Jour encadré : aujourd'hui.</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:513</extracomment>
            <translation>Day underlined in bold: a step starts, ends or is advised on that day (the number shows how many). Day with a frame: today.</translation>
        </message>
        <message>
            <source>Tous les &amp;jours</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:521</extracomment>
            <translation>All &amp;days</translation>
        </message>
        <message>
            <source>Ne plus filtrer par jour</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:522</extracomment>
            <translation>Stop filtering by day</translation>
        </message>
        <message>
            <source>Étape&amp;s par mois</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:524</extracomment>
            <translation>S&amp;teps by month</translation>
        </message>
        <message>
            <source>É&amp;tapes par mois</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:515</extracomment>
            <translation type="vanished">S&amp;teps by month</translation>
        </message>
        <message>
            <source>Étapes du parcours, par mois</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:525</extracomment>
            <translation>Steps of the journey, by month</translation>
        </message>
        <message>
            <source>Flèches pour parcourir, Entrée pour agir sur l'étape choisie.</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:527</extracomment>
            <translation>Arrows to move around, Enter to act on the chosen step.</translation>
        </message>
        <message>
            <source>Tout afficher</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:531</extracomment>
            <translation>Show all</translation>
        </message>
        <message>
            <source>Dernière action</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:534</extracomment>
            <translation>Last action</translation>
        </message>
        <message numerus="yes">
            <source>%n étape(s) affichée(s) sur %1</source>
            <extracomment>From src/parcours_app/ui/journey/page.py:329</extracomment>
            <translation>
                <numerusform>%n step shown out of %1</numerusform>
                <numerusform>%n steps shown out of %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JourneyTexts</name>
        <message>
            <location filename="../src/parcours_app/ui/journey/texts.py" line="+41" />
            <location filename="../src/parcours_app/ui/reminders.py" line="+216" />
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <location line="+29" />
            <source>le %1</source>
            <translation>on %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>du %1 au %2</source>
            <translation>from %1 to %2</translation>
        </message>
        <message>
            <location line="+11" />
            <source>aujourd'hui</source>
            <translation>today</translation>
        </message>
        <message>
            <location line="+2" />
            <source>demain</source>
            <translation>tomorrow</translation>
        </message>
        <message>
            <location line="+2" />
            <source>hier</source>
            <translation>yesterday</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Fait le %1</source>
            <translation>Done on %1</translation>
        </message>
        <message>
            <source>Écarté</source>
            <translation type="vanished">Dismissed</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Reporté au %1</source>
            <translation>Postponed to %1</translation>
        </message>
        <message>
            <source>En retard : la période s'est terminée %1</source>
            <translation type="vanished">Overdue: the period ended %1</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Mis de côté</source>
            <translation>Set aside</translation>
        </message>
        <message>
            <location line="+6" />
            <source>À rattraper : la date limite est passée %1, il est encore temps de le faire</source>
            <translation>To catch up: the deadline passed %1, there is still time to do it</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Passé : l'avez-vous fait ?</source>
            <translation>Past: did you do it?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Période passée</source>
            <translation>Period over</translation>
        </message>
        <message>
            <location line="+3" />
            <source>En cours : dernier jour aujourd'hui</source>
            <translation>Under way: last day today</translation>
        </message>
        <message>
            <location line="+1" />
            <source>En cours, jusqu'au %1</source>
            <translation>Under way, until %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>À venir : %1</source>
            <translation>Coming up: %1</translation>
        </message>
        <message>
            <location line="+21" />
            <source>obligatoire</source>
            <translation>compulsory</translation>
        </message>
        <message>
            <location line="+2" />
            <source>recommandé</source>
            <translation>recommended</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+13" />
            <source>Grossesse</source>
            <translation>Pregnancy</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Démarche</source>
            <translation>Paperwork</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Congé</source>
            <translation>Leave</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Après la naissance</source>
            <translation>After the birth</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Suivi de l'enfant</source>
            <translation>Child’s check-ups</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vaccin</source>
            <translation>Vaccine</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Auto-questionnaire</source>
            <translation>Self-test</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Étape</source>
            <translation>Step</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Congés</source>
            <translation>Leave</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enfant</source>
            <translation>Child</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Démarches</source>
            <translation>Paperwork</translation>
        </message>
        <message>
            <location line="+6" />
            <source>la date des dernières règles</source>
            <translation>the date of the last period</translation>
        </message>
        <message>
            <location line="+1" />
            <source>la date de début de grossesse</source>
            <translation>the pregnancy start date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>la date prévue d'accouchement</source>
            <translation>the expected due date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>la date de naissance</source>
            <translation>the date of birth</translation>
        </message>
        <message>
            <location line="+18" />
            <source>date estimée</source>
            <translation>estimated date</translation>
        </message>
    </context>
    <context>
        <name>KioskNotice</name>
        <message>
            <location filename="../src/parcours_app/ui/kiosk_notice.py" line="+25" />
            <source>Site officiel</source>
            <extracomment>From src/parcours_app/ui/kiosk_notice.py:25</extracomment>
            <translation>Official website</translation>
        </message>
        <message>
            <source>Sur cet écran partagé, les sites ne s'ouvrent pas. Notez l'adresse pour la consulter chez vous :

%1</source>
            <extracomment>From src/parcours_app/ui/kiosk_notice.py:26</extracomment>
            <translation>Websites do not open on this shared screen. Note the address to look it up at home:

%1</translation>
        </message>
    </context>
    <context>
        <name>Leave</name>
        <message>
            <source>Vous pouvez reporter au plus 3 semaines du congé prénatal après la naissance.</source>
            <extracomment>From src/parcours_app/core/leave.py:103</extracomment>
            <translation>You can move at most 3 weeks of prenatal leave to after the birth.</translation>
        </message>
        <message>
            <source>Avancer des semaines avant la naissance n'est possible que pour des jumeaux (4 semaines) ou à partir du 3e enfant (2 semaines).</source>
            <extracomment>From src/parcours_app/core/leave.py:115</extracomment>
            <translation>Moving weeks to before the birth is only possible for twins (4 weeks) or from the 3rd child (2 weeks).</translation>
        </message>
        <message>
            <source>Vous pouvez avancer au plus %1 semaines avant la naissance.</source>
            <extracomment>From src/parcours_app/core/leave.py:120</extracomment>
            <translation type="vanished">You can move at most %1 weeks to before the birth.</translation>
        </message>
        <message numerus="yes">
            <source>Vous pouvez avancer au plus %n semaine(s) avant la naissance.</source>
            <extracomment>From src/parcours_app/core/leave.py:121</extracomment>
            <translation>
                <numerusform>You can move at most %n week to before the birth.</numerusform>
                <numerusform>You can move at most %n weeks to before the birth.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choisissez soit de reporter des semaines après la naissance, soit d'en avancer avant, pas les deux.</source>
            <extracomment>From src/parcours_app/core/leave.py:125</extracomment>
            <translation>Choose either to move weeks to after the birth, or to move them to before it, not both.</translation>
        </message>
        <message>
            <source>Le congé pathologique avant la naissance dure au plus 14 jours.</source>
            <extracomment>From src/parcours_app/core/leave.py:128</extracomment>
            <translation>Pregnancy-related sick leave before the birth lasts at most 14 days.</translation>
        </message>
        <message>
            <source>Le congé pathologique après la naissance dure au plus 28 jours.</source>
            <extracomment>From src/parcours_app/core/leave.py:130</extracomment>
            <translation>Childbirth-related sick leave after the birth lasts at most 28 days.</translation>
        </message>
    </context>
    <context>
        <name>LeaveLetterDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/leave_page.py" line="+258" />
            <source>Impossible d'écrire %1 (%2).</source>
            <translation>Cannot write %1 (%2).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Lettre à l'employeur</source>
            <translation>Letter to the employer</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Une lettre en français, prête à signer, avec les dates de cette période. Tapez les noms : ils ne sont pas enregistrés, et rien ne quitte l'ordinateur.</source>
            <translation>A letter in French, ready to sign, with the dates of this period. Type the names: they are not saved, and nothing leaves the computer.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Votre prénom et nom</source>
            <translation>Your first and last name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Votre adresse</source>
            <translation>Your address</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Employeur (société, service)</source>
            <translation>Employer (company, department)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Adresse de l'employeur</source>
            <translation>Employer's address</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lieu (ville)</source>
            <translation>Place (town)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Enregistrer en PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>LeavePage</name>
        <message>
            <location line="-207" />
            <source>Enregistrer la lettre</source>
            <translation>Save the letter</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Lettre non enregistrée</source>
            <translation>Letter not saved</translation>
        </message>
        <message>
            <location line="+360" />
            <source>Grossesse %1 (%2)</source>
            <translation>Pregnancy %1 (%2)</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Indiquez le premier et le dernier jour de la période (jj/mm/aaaa).</source>
            <translation>Enter the first and last day of the period (dd/mm/yyyy).</translation>
        </message>
        <message>
            <location line="+80" />
            <source>Retirer : %1</source>
            <translation>Remove: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lettre à l'employeur : %1</source>
            <translation>Letter to the employer: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Retirer la période</source>
            <translation>Remove the period</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lettre à l'employeur</source>
            <translation>Letter to the employer</translation>
        </message>
        <message>
            <location line="+53" />
            <source>✔ Le plan respecte les règles des salariés du secteur privé.</source>
            <translation>✔ The plan follows the rules for private-sector employees.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sans délai</source>
            <translation>At once</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 (date passée)</source>
            <translation>%1 (date passed)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>à corriger</source>
            <translation>to correct</translation>
        </message>
        <message>
            <location line="+0" />
            <source>conforme</source>
            <translation>OK</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 j</source>
            <translation>%1 d</translation>
        </message>
        <message>
            <location line="+32" />
            <location line="+1" />
            <source>Nos congés</source>
            <translation>Our leave</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Les congés des deux parents, côte à côte, du congé de maternité au premier anniversaire. Les règles appliquées sont celles des salariés du secteur privé. Fonction publique, indépendants et autres statuts : voyez les pages officielles ci-dessous.</source>
            <translation>Both parents' leave side by side, from maternity leave to the first birthday. The rules applied are those for private-sector employees. Civil servants, the self-employed and other statuses: see the official pages below.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Fonction publique (service-public.fr)</source>
            <translation>Civil service (service-public.fr)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Congé supplémentaire (service-public.fr)</source>
            <translation>Additional leave (service-public.fr)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Indépendants : votre caisse (ameli.fr)</source>
            <translation>Self-employed: your fund (ameli.fr)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Indiquez une grossesse (date du terme) pour préparer les congés des deux parents.</source>
            <translation>Enter a pregnancy (due date) to plan both parents' leave.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>⚠ La date de naissance réelle remet en cause ce plan. Il n'a pas été déplacé : corrigez les périodes signalées ci-dessous (chaque modification est enregistrée avec la vraie date).</source>
            <translation>⚠ The real birth date breaks this plan. It has not been moved: correct the periods flagged below (each change is saved with the real date).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Dates estimées à partir du terme : elles seront recalculées avec la date de naissance.</source>
            <translation>Dates estimated from the due date: they will be recalculated with the birth date.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Clair : fixé par la loi à partir des dates. Foncé : les périodes que vous choisissez. « ! » et contour épais : une règle n'est pas respectée. Pointillés : aujourd'hui.</source>
            <translation>Light: set by law from the dates. Dark: the periods you choose. “!” and thick outline: a rule is not followed. Dashed line: today.</translation>
        </message>
        <message>
            <source>Clair : fixé par la loi à partir des dates. Foncé : les périodes que vous choisissez. « ! » et contour épais : une règle n'est pas respectée.</source>
            <translation type="vanished">Light: set by law from the dates. Dark: the periods you choose. “!” and thick outline: a rule is not followed.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Frise des congés des deux parents</source>
            <translation>Timeline of both parents' leave</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Grossesse</source>
            <translation>Pregnancy</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Les périodes choisies</source>
            <translation>The chosen periods</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Proposer un plan</source>
            <translation>Suggest a plan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ajouter une période</source>
            <translation>Add a period</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ajouter la période</source>
            <translation>Add the period</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vérification</source>
            <translation>Check</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prévenir l'employeur</source>
            <translation>Tell the employer</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Congé de paternité (jours restants)</source>
            <translation>Paternity leave (remaining days)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Congé supplémentaire de naissance</source>
            <translation>Additional birth leave</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Second parent</source>
            <translation>Other parent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parent qui accouche</source>
            <translation>Parent giving birth</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Congé</source>
            <translation>Leave</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Parent</source>
            <translation>Taken by</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Premier jour</source>
            <translation>First day</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Dernier jour</source>
            <translation>Last day</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Semaines du congé prénatal reportées après la naissance (0 à 3)</source>
            <translation>Weeks of prenatal leave moved to after the birth (0 to 3)</translation>
        </message>
    </context>
    <context>
        <name>LeavePlan</name>
        <message>
            <source>Congé de maternité</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:111</extracomment>
            <translation>Maternity leave</translation>
        </message>
        <message>
            <source>Congé de naissance (3 jours)</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:112</extracomment>
            <translation>Birth leave (3 days)</translation>
        </message>
        <message>
            <source>Congé de paternité : 4 jours obligatoires</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:113</extracomment>
            <translation>Paternity leave: 4 compulsory days</translation>
        </message>
        <message>
            <source>Congé de paternité et d'accueil de l'enfant</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:114</extracomment>
            <translation>Paternity and childcare leave</translation>
        </message>
        <message>
            <source>Congé supplémentaire de naissance</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:115</extracomment>
            <translation>Additional birth leave</translation>
        </message>
        <message>
            <source>Parent qui accouche</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:122</extracomment>
            <translation>Parent giving birth</translation>
        </message>
        <message>
            <source>Second parent</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:123</extracomment>
            <translation>Other parent</translation>
        </message>
        <message>
            <source>%1 du %2 au %3</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:331</extracomment>
            <translation type="vanished">%1 from %2 to %3</translation>
        </message>
        <message>
            <source>%1 du %2 au %3 : %4</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:331</extracomment>
            <translation>%1 from %2 to %3: %4</translation>
        </message>
        <message>
            <source>L'employeur devait être prévenu le %1 au plus tard (%2). Cette date est passée : commencez le %3 au plus tôt, ou demandez son accord à l'employeur.</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:356</extracomment>
            <translation>The employer had to be told by %1 (%2). That date has passed: start on %3 at the earliest, or ask the employer to agree.</translation>
        </message>
        <message>
            <source>Cette période est fixée par la loi à partir des dates : retirez-la du plan.</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:372</extracomment>
            <translation>This period is set by law from the dates: remove it from the plan.</translation>
        </message>
        <message>
            <source>Le congé de paternité et d'accueil est celui de l'autre parent (C. trav. L1225-35), pas du parent qui accouche : attribuez cette période au second parent.</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:378</extracomment>
            <translation>Paternity and childcare leave belongs to the other parent (Labour Code L1225-35), not the parent giving birth: give this period to the other parent.</translation>
        </message>
        <message>
            <source>Le congé de paternité se prend en 2 périodes au plus (C. trav. D1225-8) : vous en avez prévu %1. Regroupez-les ou supprimez-en.</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:390</extracomment>
            <translation>Paternity leave is taken in at most 2 periods (Labour Code D1225-8): you planned %1. Merge or remove some.</translation>
        </message>
        <message>
            <source>Les périodes du congé de paternité font %1 jours en tout, plus que les %2 jours prévus par la loi (C. trav. L1225-35). Raccourcissez-les de %3 jours.</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:401</extracomment>
            <translation>The paternity leave periods add up to %1 days, more than the %2 days the law provides (Labour Code L1225-35). Shorten them by %3 days.</translation>
        </message>
        <message>
            <source>%1 jours, moins que les 5 jours minimum d'une période (C. trav. D1225-8). Finissez-la le %2 au plus tôt, ou ajoutez ces jours à l'autre période.</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:414</extracomment>
            <translation>%1 days, fewer than the 5-day minimum for a period (Labour Code D1225-8). End it on %2 at the earliest, or add these days to the other period.</translation>
        </message>
        <message>
            <source>Cette période doit se situer entre le %1 (après les 4 jours obligatoires) et le %2 (6 mois après la naissance, C. trav. D1225-8). Déplacez-la entre ces deux dates.</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:425</extracomment>
            <translation>This period must fall between %1 (after the 4 compulsory days) and %2 (6 months after the birth, Labour Code D1225-8). Move it between these two dates.</translation>
        </message>
        <message>
            <source>naissance avant le terme, période dans le mois qui suit : sans délai, C. trav. D1225-8</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:434</extracomment>
            <translation>birth before the due date, period within the following month: at once, Labour Code D1225-8</translation>
        </message>
        <message>
            <source>1 mois avant chaque période, C. trav. D1225-8</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:436</extracomment>
            <translation>1 month before each period, Labour Code D1225-8</translation>
        </message>
        <message>
            <source>Ce congé est réservé aux enfants nés, ou attendus, à partir du 1er janvier 2026 (LFSS 2026, art. 99). Retirez cette période.</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:455</extracomment>
            <translation>This leave is for children born, or due, from 1 January 2026 (LFSS 2026, art. 99). Remove this period.</translation>
        </message>
        <message>
            <source>Le congé supplémentaire de naissance se prend en une fois ou en deux fois, pas plus (service-public F39685). Regroupez les périodes.</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:465</extracomment>
            <translation>Additional birth leave is taken at once or in two parts, no more (service-public F39685). Merge the periods.</translation>
        </message>
        <message>
            <source>Moins d'un mois. Ce congé dure 1 mois ou 2 mois (service-public F39685) : finissez-le le %1 (1 mois) ou le %2 (2 mois).</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:478</extracomment>
            <translation>Less than a month. This leave lasts 1 or 2 months (service-public F39685): end it on %1 (1 month) or %2 (2 months).</translation>
        </message>
        <message>
            <source>Ce congé se prend par mois entiers, 1 mois ou 2 mois (service-public F39685) : finissez-le le %1 (1 mois) ou le %2 (2 mois).</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:485</extracomment>
            <translation>This leave is taken in whole months, 1 or 2 months (service-public F39685): end it on %1 (1 month) or %2 (2 months).</translation>
        </message>
        <message>
            <source>Pris en deux fois, chaque partie dure 1 mois (service-public F39685). Finissez celle-ci le %1.</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:497</extracomment>
            <translation>Taken in two parts, each part lasts 1 month (service-public F39685). End this one on %1.</translation>
        </message>
        <message>
            <source>Ce congé se prend entre le %1 (après la fin de votre congé de maternité ou de paternité, et pas avant le 1er juillet 2026) et le %2 (service-public F39685). Déplacez-le entre ces deux dates.</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:508</extracomment>
            <translation>This leave is taken between %1 (after the end of your maternity or paternity leave, and not before 1 July 2026) and %2 (service-public F39685). Move it between these two dates.</translation>
        </message>
        <message>
            <source>15 jours avant, à la suite du congé de paternité, service-public F39685</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:519</extracomment>
            <translation>15 days before, right after paternity leave, service-public F39685</translation>
        </message>
        <message>
            <source>1 mois avant, service-public F39685</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:521</extracomment>
            <translation>1 month before, service-public F39685</translation>
        </message>
        <message>
            <source>%1 mois en tout, plus que les 2 mois par parent (service-public F39685). Raccourcissez ou retirez une période.</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:530</extracomment>
            <translation>%1 months in all, more than the 2 months per parent (service-public F39685). Shorten or remove a period.</translation>
        </message>
        <message>
            <source>Cette période chevauche un autre congé du même parent (du %1 au %2) : un parent ne peut pas prendre deux congés en même temps. Décalez-la après le %2.</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:550</extracomment>
            <translation>This period overlaps another leave of the same parent (from %1 to %2): a parent cannot take two leaves at once. Move it after %2.</translation>
        </message>
        <message>
            <source>date prévue de l'accouchement, 1 mois avant, C. trav. D1225-8</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:579</extracomment>
            <translation>expected delivery date, 1 month before, Labour Code D1225-8</translation>
        </message>
        <message>
            <source>Prévenir l'employeur de la date prévue de l'accouchement</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:624</extracomment>
            <translation>Tell the employer the expected delivery date</translation>
        </message>
        <message>
            <source>Prévenir l'employeur du congé supplémentaire de naissance (du %1 au %2)</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:626</extracomment>
            <translation>Tell the employer about the additional birth leave (from %1 to %2)</translation>
        </message>
        <message>
            <source>Prévenir l'employeur du congé de paternité (du %1 au %2)</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:631</extracomment>
            <translation>Tell the employer about the paternity leave (from %1 to %2)</translation>
        </message>
        <message>
            <source>Dernier jour pour prévenir l'employeur, par lettre recommandée ou remise en main propre. Une lettre prête à imprimer est sur la page « Nos congés ».</source>
            <extracomment>From src/parcours_app/core/leave_plan.py:655</extracomment>
            <translation>Last day to tell the employer, by recorded-delivery letter or by hand. A letter ready to print is on the “Our leave” page.</translation>
        </message>
    </context>
    <context>
        <name>LeaveTimeline</name>
        <message>
            <location filename="../src/parcours_app/ui/leave_page.py" line="-608" />
            <source>Maternité</source>
            <translation>Maternity</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Naissance</source>
            <translation>Birth</translation>
        </message>
        <message>
            <location line="+1" />
            <source>4 jours</source>
            <translation>4 days</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paternité</source>
            <translation>Paternity</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Suppl.</source>
            <translation>Add.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Parent qui accouche</source>
            <translation>Parent giving birth</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Second parent</source>
            <translation>Other parent</translation>
        </message>
    </context>
    <context>
        <name>LinkConfirmDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/resources_page.py" line="-483" />
            <source>Ouvrir un site officiel</source>
            <translation>Open an official website</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ce lien ouvre le site %1 dans votre navigateur internet.

Adresse : %2</source>
            <translation>This link opens the website %1 in your internet browser.

Address: %2</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Lien non ouvert</source>
            <translation>Link not opened</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ce lien ne mène pas à un site officiel de la liste de l'application : il n'est pas ouvert.</source>
            <translation>This link does not lead to an official website on the application’s list: it has not been opened.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Aujourd'hui</source>
            <extracomment>From src/parcours_app/ui/main_window.py:129</extracomment>
            <translation>Today</translation>
        </message>
        <message>
            <source>Parcours</source>
            <extracomment>From src/parcours_app/ui/main_window.py:130</extracomment>
            <translation>Journey</translation>
        </message>
        <message>
            <source>Ressources</source>
            <extracomment>From src/parcours_app/ui/main_window.py:131</extracomment>
            <translation>Resources</translation>
        </message>
        <message>
            <source>Annuaire</source>
            <extracomment>From src/parcours_app/ui/main_window.py:132</extracomment>
            <translation>Directory</translation>
        </message>
        <message>
            <source>Auto-test</source>
            <extracomment>From src/parcours_app/ui/main_window.py:133</extracomment>
            <translation>Self-test</translation>
        </message>
        <message>
            <source>Nos congés</source>
            <extracomment>From src/parcours_app/ui/main_window.py:134</extracomment>
            <translation>Our leave</translation>
        </message>
        <message>
            <source>&amp;Compris</source>
            <extracomment>From src/parcours_app/ui/main_window.py:187</extracomment>
            <translation>&amp;Got it</translation>
        </message>
        <message>
            <source>Fermer le message</source>
            <extracomment>From src/parcours_app/ui/main_window.py:189</extracomment>
            <translation>Close the message</translation>
        </message>
        <message>
            <source>Non enregistré</source>
            <extracomment>From src/parcours_app/ui/main_window.py:426</extracomment>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>Non enregistré : %1</source>
            <extracomment>From src/parcours_app/ui/main_window.py:428</extracomment>
            <translation>Not saved: %1</translation>
        </message>
        <message>
            <source>Parcours 1000 jours</source>
            <extracomment>From src/parcours_app/ui/main_window.py:718</extracomment>
            <translation>Parcours 1000 jours (1000 days journey)</translation>
        </message>
        <message>
            <source> — Mode consultation : rien n'est enregistré</source>
            <extracomment>From src/parcours_app/ui/main_window.py:722</extracomment>
            <translation> — Consultation mode: nothing is saved</translation>
        </message>
        <message>
            <source> — Accueil : rien n'est enregistré</source>
            <extracomment>From src/parcours_app/ui/main_window.py:724</extracomment>
            <translation> — Reception: nothing is saved</translation>
        </message>
        <message>
            <source>Pages</source>
            <extracomment>From src/parcours_app/ui/main_window.py:767</extracomment>
            <translation>Pages</translation>
        </message>
        <message>
            <source>Urgences et écoute</source>
            <extracomment>From src/parcours_app/ui/main_window.py:770</extracomment>
            <translation>Emergencies and support lines</translation>
        </message>
        <message>
            <source>Urgences et écoute : numéros d'aide</source>
            <extracomment>From src/parcours_app/ui/main_window.py:771</extracomment>
            <translation>Emergencies and support lines: help numbers</translation>
        </message>
        <message>
            <source>3114, 15, 112 et lignes d'écoute (Ctrl+U)</source>
            <extracomment>From src/parcours_app/ui/main_window.py:773</extracomment>
            <translation>3114, 15, 112 and support lines (Ctrl+U)</translation>
        </message>
        <message>
            <source>Chargement…</source>
            <extracomment>From src/parcours_app/ui/main_window.py:774</extracomment>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>Mode consultation : rien n'est enregistré. « Terminer » efface tout.</source>
            <extracomment>From src/parcours_app/ui/main_window.py:777</extracomment>
            <translation>Consultation mode: nothing is saved. “Finish” erases everything.</translation>
        </message>
        <message>
            <source>Terminer</source>
            <extracomment>From src/parcours_app/ui/main_window.py:779</extracomment>
            <translation>Finish</translation>
        </message>
        <message>
            <source>Tout effacer et commencer une nouvelle consultation (Ctrl+Maj+C)</source>
            <extracomment>From src/parcours_app/ui/main_window.py:781</extracomment>
            <translation>Clear everything and start a new consultation (Ctrl+Shift+C)</translation>
        </message>
        <message>
            <source>Fic&amp;hier</source>
            <extracomment>From src/parcours_app/ui/main_window.py:786</extracomment>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>Fami&amp;lle</source>
            <extracomment>From src/parcours_app/ui/main_window.py:787</extracomment>
            <translation>F&amp;amily</translation>
        </message>
        <message>
            <source>P&amp;ages</source>
            <extracomment>From src/parcours_app/ui/main_window.py:788</extracomment>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>A&amp;ide</source>
            <extracomment>From src/parcours_app/ui/main_window.py:789</extracomment>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Terminer</source>
            <extracomment>From src/parcours_app/ui/main_window.py:707</extracomment>
            <translation type="vanished">Fi&amp;nish</translation>
        </message>
        <message>
            <source>Terminer la consultation et tout effacer</source>
            <extracomment>From src/parcours_app/ui/main_window.py:783</extracomment>
            <translation>Finish the consultation and erase everything</translation>
        </message>
        <message>
            <source>&amp;Fichier</source>
            <extracomment>From src/parcours_app/ui/main_window.py:709</extracomment>
            <translation type="vanished">&amp;File</translation>
        </message>
        <message>
            <source>F&amp;amille</source>
            <extracomment>From src/parcours_app/ui/main_window.py:710</extracomment>
            <translation type="vanished">F&amp;amily</translation>
        </message>
        <message>
            <source>&amp;Affichage</source>
            <extracomment>From src/parcours_app/ui/main_window.py:711</extracomment>
            <translation type="vanished">&amp;View</translation>
        </message>
        <message>
            <source>Ai&amp;de</source>
            <extracomment>From src/parcours_app/ui/main_window.py:712</extracomment>
            <translation type="vanished">&amp;Help</translation>
        </message>
        <message>
            <source>Ajouter à mon &amp;agenda…</source>
            <extracomment>From src/parcours_app/ui/main_window.py:790</extracomment>
            <translation>Add to my c&amp;alendar…</translation>
        </message>
        <message>
            <source>&amp;Imprimer le plan…</source>
            <extracomment>From src/parcours_app/ui/main_window.py:791</extracomment>
            <translation>&amp;Print the plan…</translation>
        </message>
        <message>
            <source>&amp;Terminer la consultation</source>
            <extracomment>From src/parcours_app/ui/main_window.py:793</extracomment>
            <translation>&amp;Finish the consultation</translation>
        </message>
        <message>
            <source>Mode &amp;consultation (rien n'est enregistré)</source>
            <extracomment>From src/parcours_app/ui/main_window.py:795</extracomment>
            <translation>&amp;Consultation mode (nothing is saved)</translation>
        </message>
        <message>
            <source>&amp;Paramètres…</source>
            <extracomment>From src/parcours_app/ui/main_window.py:797</extracomment>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>P&amp;oste professionnel (PMI, Maison)…</source>
            <extracomment>From src/parcours_app/ui/main_window.py:798</extracomment>
            <translation>Pr&amp;ofessional workstation (PMI, Maison)…</translation>
        </message>
        <message>
            <source>&amp;Quitter</source>
            <extracomment>From src/parcours_app/ui/main_window.py:799</extracomment>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>Corriger les &amp;dates de la grossesse…</source>
            <extracomment>From src/parcours_app/ui/main_window.py:800</extracomment>
            <translation>Correct the pregnancy &amp;dates…</translation>
        </message>
        <message>
            <source>Notre enfant est &amp;né…</source>
            <extracomment>From src/parcours_app/ui/main_window.py:801</extracomment>
            <translation>Our child is &amp;born…</translation>
        </message>
        <message>
            <source>Ajouter un &amp;enfant déjà né…</source>
            <extracomment>From src/parcours_app/ui/main_window.py:802</extracomment>
            <translation>Add a &amp;child already born…</translation>
        </message>
        <message>
            <source>Une nouvelle &amp;grossesse…</source>
            <extracomment>From src/parcours_app/ui/main_window.py:803</extracomment>
            <translation>A new &amp;pregnancy…</translation>
        </message>
        <message>
            <source>&amp;Urgences et écoute</source>
            <extracomment>From src/parcours_app/ui/main_window.py:804</extracomment>
            <translation>&amp;Emergencies and support lines</translation>
        </message>
        <message>
            <source>À &amp;propos</source>
            <extracomment>From src/parcours_app/ui/main_window.py:805</extracomment>
            <translation>&amp;About</translation>
        </message>
    </context>
    <context>
        <name>MaisonPage</name>
        <message>
            <location filename="../src/parcours_app/ui/reception.py" line="+496" />
            <source>La Maison n'est pas encore dans l'annuaire. Le personnel peut l'ajouter (Annuaire, vue du personnel) ou importer le fichier de la Maison.</source>
            <translation>The Maison is not in the directory yet. Staff can add it (Directory, staff view) or import the Maison’s file.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Notre Maison et ses services</source>
            <translation>Our Maison and its services</translation>
        </message>
    </context>
    <context>
        <name>PastStepsDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/past_steps_dialog.py" line="+53" />
            <source>Des étapes déjà passées</source>
            <translation>Steps already past</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ces étapes sont passées : les avez-vous faites ?</source>
            <translation>These steps are past: did you do them?</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Elles se terminaient avant que vous utilisiez l'application : elles ne sont pas en retard. Cochez celles qui ont été faites. Celles que vous laissez restent de côté, retrouvables dans le parcours.</source>
            <translation>They ended before you started using the app: they are not late. Tick the ones that were done. The ones you leave are set aside, and you can still find them in the journey.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>&amp;Oui, toutes</source>
            <translation>&amp;Yes, all of them</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Enregistrer mes réponses</source>
            <translation>&amp;Save my answers</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Je ne sais pas</source>
            <translation>I &amp;don't know</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Plus tard</source>
            <translation>&amp;Later</translation>
        </message>
        <message>
            <source>%1 (jusqu'au %2)</source>
            <extracomment>From src/parcours_app/ui/past_steps_dialog.py:120</extracomment>
            <translation>%1 (until %2)</translation>
        </message>
    </context>
    <context>
        <name>PlaceCard</name>
        <message>
            <location filename="../src/parcours_app/ui/directory_page.py" line="-457" />
            <source>Adresse : %1</source>
            <translation>Address: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Téléphone : %1</source>
            <translation>Phone: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Horaires : %1</source>
            <translation>Opening hours: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-mail : %1</source>
            <translation>Email: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Site : %1</source>
            <translation>Website: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>À savoir : %1</source>
            <translation>Good to know: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Services proposés</source>
            <translation>Services offered</translation>
        </message>
        <message>
            <location line="+6" />
            <source>• %1</source>
            <translation>• %1</translation>
        </message>
    </context>
    <context>
        <name>PlanPdf</name>
        <message>
            <source>Pour %1</source>
            <extracomment>From src/parcours_app/export/plan.py:132; src/parcours_app/export/plan.py:132</extracomment>
            <translation>For %1</translation>
        </message>
        <message>
            <source> et </source>
            <extracomment>From src/parcours_app/export/plan.py:132</extracomment>
            <translation> and </translation>
        </message>
        <message>
            <source>Les étapes de %1 seulement</source>
            <extracomment>From src/parcours_app/export/plan.py:137</extracomment>
            <translation>Only the steps of %1</translation>
        </message>
        <message>
            <source>Les étapes du bébé seulement</source>
            <extracomment>From src/parcours_app/export/plan.py:137</extracomment>
            <translation>Only the baby’s steps</translation>
        </message>
        <message>
            <source>Les étapes obligatoires seulement</source>
            <extracomment>From src/parcours_app/export/plan.py:140</extracomment>
            <translation>Only the compulsory steps</translation>
        </message>
        <message>
            <source>non précisée</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:178; src/parcours_app/export/plan.py:141</extracomment>
            <translation>not given</translation>
        </message>
        <message>
            <source>Établi le %1 · version des règles : %2 · Parcours 1000 jours %3</source>
            <extracomment>From src/parcours_app/export/plan.py:143</extracomment>
            <translation>Made on %1 · rules version: %2 · Parcours 1000 jours %3</translation>
        </message>
        <message>
            <source>Grossesse, naissance et démarches</source>
            <extracomment>From src/parcours_app/export/plan.py:150</extracomment>
            <translation>Pregnancy, birth and paperwork</translation>
        </message>
        <message>
            <source>Aucune étape de grossesse dans ce plan.</source>
            <extracomment>From src/parcours_app/export/plan.py:155</extracomment>
            <translation>No pregnancy step in this plan.</translation>
        </message>
        <message>
            <source>Examens, vaccins et étapes de %1</source>
            <extracomment>From src/parcours_app/export/plan.py:164</extracomment>
            <translation>Examinations, vaccines and steps for %1</translation>
        </message>
        <message>
            <source>Examens, vaccins et étapes du bébé</source>
            <extracomment>From src/parcours_app/export/plan.py:166</extracomment>
            <translation>The baby’s examinations, vaccines and steps</translation>
        </message>
        <message>
            <source>Aucune étape dans ce plan.</source>
            <extracomment>From src/parcours_app/export/plan.py:168</extracomment>
            <translation>No step in this plan.</translation>
        </message>
        <message>
            <source>Ce plan est calculé à partir des dates que vous avez indiquées et des règles officielles vérifiées.</source>
            <extracomment>From src/parcours_app/export/plan.py:173</extracomment>
            <translation>This plan is worked out from the dates you entered and from checked official rules.</translation>
        </message>
        <message>
            <source>Il ne remplace pas l’avis d’une sage-femme, d’un médecin ou de la PMI : demandez-leur en cas de doute.</source>
            <extracomment>From src/parcours_app/export/plan.py:174</extracomment>
            <translation>It does not replace the advice of a midwife, a doctor or the PMI (mother and child health centre): ask them if you are unsure.</translation>
        </message>
        <message>
            <source>Les dates marquées « estimée » sont calculées à partir du terme prévu et changeront après la naissance.</source>
            <extracomment>From src/parcours_app/export/plan.py:177</extracomment>
            <translation>Dates marked “estimated” are worked out from the expected due date and will change after the birth.</translation>
        </message>
        <message>
            <source>En cas d’urgence, appelez le 15 ou le 112. Si vous pensez au suicide : 3114, à toute heure.</source>
            <extracomment>From src/parcours_app/export/plan.py:180</extracomment>
            <translation>In an emergency, call 15 or 112. If you are thinking of suicide: 3114, at any hour.</translation>
        </message>
        <message>
            <source>Mon plan des 1000 premiers jours</source>
            <extracomment>From src/parcours_app/export/plan.py:183; src/parcours_app/export/plan.py:190</extracomment>
            <translation>My plan for the first 1000 days</translation>
        </message>
        <message>
            <source>Parcours 1000 jours · établi le %1 · règles : %2</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:190; src/parcours_app/export/plan.py:187</extracomment>
            <translation>Parcours 1000 jours · made on %1 · rules: %2</translation>
        </message>
        <message>
            <source>Prochaines étapes (d’ici le %1)</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:121</extracomment>
            <translation>Next steps (until %1)</translation>
        </message>
        <message>
            <source>Aucune étape dans les prochains mois.</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:125</extracomment>
            <translation>No step in the coming months.</translation>
        </message>
        <message>
            <source>Prochains examens et vaccins de l’enfant</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:131</extracomment>
            <translation>The child's next check-ups and vaccines</translation>
        </message>
        <message>
            <source>Votre contact</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:156</extracomment>
            <translation>Your contact</translation>
        </message>
        <message>
            <source>Le lieu de la consultation n’est pas renseigné (Fichier → Poste professionnel).</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:160</extracomment>
            <translation>The place of the consultation is not filled in (File → Professional workstation).</translation>
        </message>
        <message>
            <source>Établi le %1 · Parcours 1000 jours %2</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:177</extracomment>
            <translation>Made on %1 · Parcours 1000 jours %2</translation>
        </message>
        <message>
            <source>Plan de consultation — 1000 premiers jours</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:180; src/parcours_app/export/consultation_plan.py:193</extracomment>
            <translation>Consultation plan — first 1,000 days</translation>
        </message>
        <message>
            <source>Calculé à partir des dates données en consultation. Il ne remplace pas l’avis d’une sage-femme, d’un médecin ou de la PMI. En cas d’urgence : 15 ou 112 ; idées suicidaires : 3114, à toute heure.</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:184</extracomment>
            <translation>Worked out from the dates given at the consultation. It does not replace the advice of a midwife, a doctor or the PMI. In an emergency: 15 or 112; suicidal thoughts: 3114, at any hour.</translation>
        </message>
        <message>
            <source>Page %1 sur %2</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:191; src/parcours_app/export/plan.py:188</extracomment>
            <translation>Page %1 of %2</translation>
        </message>
        <message>
            <source>(suite)</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:194; src/parcours_app/export/plan.py:191</extracomment>
            <translation>(continued)</translation>
        </message>
        <message>
            <source>Grossesse %1 : </source>
            <extracomment>From src/parcours_app/export/plan.py:202</extracomment>
            <translation>Pregnancy %1: </translation>
        </message>
        <message>
            <source>donné par un professionnel</source>
            <extracomment>From src/parcours_app/export/plan.py:204</extracomment>
            <translation>given by a health professional</translation>
        </message>
        <message>
            <source>calculé : début de grossesse + 9 mois</source>
            <extracomment>From src/parcours_app/export/plan.py:204</extracomment>
            <translation>worked out: pregnancy start + 9 months</translation>
        </message>
        <message>
            <source>repère des SA : début de grossesse − 14 jours</source>
            <extracomment>From src/parcours_app/export/plan.py:209</extracomment>
            <translation>reference for weeks of amenorrhoea (SA): pregnancy start − 14 days</translation>
        </message>
        <message>
            <source>Premier jour des dernières règles (DDR)</source>
            <extracomment>From src/parcours_app/export/plan.py:210</extracomment>
            <translation>First day of the last period (DDR)</translation>
        </message>
        <message>
            <source>Début de grossesse (DDG)</source>
            <extracomment>From src/parcours_app/export/plan.py:211</extracomment>
            <translation>Start of pregnancy (DDG)</translation>
        </message>
        <message>
            <source>Terme prévu (DPA)</source>
            <extracomment>From src/parcours_app/export/plan.py:212</extracomment>
            <translation>Expected due date (DPA)</translation>
        </message>
        <message>
            <source>Naissance</source>
            <extracomment>From src/parcours_app/export/plan.py:214</extracomment>
            <translation>Birth</translation>
        </message>
        <message>
            <source>Naissance de %1</source>
            <extracomment>From src/parcours_app/export/plan.py:218</extracomment>
            <translation>Birth of %1</translation>
        </message>
        <message>
            <source>Naissance de l’enfant</source>
            <extracomment>From src/parcours_app/export/plan.py:218</extracomment>
            <translation>Birth of the child</translation>
        </message>
        <message>
            <source>prématuré</source>
            <extracomment>From src/parcours_app/export/plan.py:219</extracomment>
            <translation>premature</translation>
        </message>
        <message>
            <source>Dates clés</source>
            <extracomment>From src/parcours_app/export/plan.py:223</extracomment>
            <translation>Key dates</translation>
        </message>
        <message>
            <source>Date de référence</source>
            <extracomment>From src/parcours_app/export/plan.py:220</extracomment>
            <translation>Reference date</translation>
        </message>
        <message>
            <source>Date</source>
            <extracomment>From src/parcours_app/export/plan.py:220</extracomment>
            <translation>Day</translation>
        </message>
        <message>
            <source>Remarque</source>
            <extracomment>From src/parcours_app/export/plan.py:220</extracomment>
            <translation>Remark</translation>
        </message>
        <message>
            <source>Aucune date indiquée.</source>
            <extracomment>From src/parcours_app/export/plan.py:221</extracomment>
            <translation>No date given.</translation>
        </message>
        <message>
            <source>le %1</source>
            <extracomment>From src/parcours_app/export/plan.py:233</extracomment>
            <translation>on %1</translation>
        </message>
        <message>
            <source>du %1</source>
            <extracomment>From src/parcours_app/export/plan.py:235; src/parcours_app/export/plan.py:338</extracomment>
            <translation>from %1</translation>
        </message>
        <message>
            <source>au %1</source>
            <extracomment>From src/parcours_app/export/plan.py:235; src/parcours_app/export/plan.py:339</extracomment>
            <translation>to %1</translation>
        </message>
        <message>
            <source>idéalement vers le %1</source>
            <extracomment>From src/parcours_app/export/plan.py:237</extracomment>
            <translation>ideally around %1</translation>
        </message>
        <message>
            <source>(date estimée)</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:109; src/parcours_app/export/plan.py:239; src/parcours_app/export/plan.py:342</extracomment>
            <translation>(estimated date)</translation>
        </message>
        <message>
            <source>Qui voir : %1</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:104; src/parcours_app/export/plan.py:249</extracomment>
            <translation>Who to see: %1</translation>
        </message>
        <message>
            <source>À prévoir : %1</source>
            <extracomment>From src/parcours_app/export/plan.py:251</extracomment>
            <translation>To plan: %1</translation>
        </message>
        <message>
            <source>Obligatoire</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:113; src/parcours_app/export/plan.py:259</extracomment>
            <translation>Compulsory</translation>
        </message>
        <message>
            <source>Recommandée</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:114; src/parcours_app/export/plan.py:259</extracomment>
            <translation>Recommended</translation>
        </message>
        <message>
            <source>— mise de côté</source>
            <extracomment>From src/parcours_app/export/plan.py:263</extracomment>
            <translation>— set aside</translation>
        </message>
        <message>
            <source>☐ à rattraper : voir avec un professionnel</source>
            <extracomment>From src/parcours_app/export/plan.py:269</extracomment>
            <translation>☐ to catch up: see a professional</translation>
        </message>
        <message>
            <source>— date passée</source>
            <extracomment>From src/parcours_app/export/plan.py:270</extracomment>
            <translation>— date passed</translation>
        </message>
        <message>
            <source>— écartée</source>
            <extracomment>From src/parcours_app/export/pdf.py:303</extracomment>
            <translation type="vanished">— dismissed</translation>
        </message>
        <message>
            <source>☑ fait le %1</source>
            <extracomment>From src/parcours_app/export/plan.py:265</extracomment>
            <translation>☑ done on %1</translation>
        </message>
        <message>
            <source>☐ date passée</source>
            <extracomment>From src/parcours_app/export/pdf.py:310</extracomment>
            <translation type="vanished">☐ date passed</translation>
        </message>
        <message>
            <source>☐ en retard : à voir avec un professionnel</source>
            <extracomment>From src/parcours_app/export/pdf.py:310</extracomment>
            <translation type="vanished">☐ overdue: talk to a health professional about it</translation>
        </message>
        <message>
            <source>☐ à faire</source>
            <extracomment>From src/parcours_app/export/plan.py:271</extracomment>
            <translation>☐ to do</translation>
        </message>
        <message>
            <source>Rendez-vous pris : %1 à %2</source>
            <extracomment>From src/parcours_app/export/plan.py:299</extracomment>
            <translation>Appointment made: %1 at %2</translation>
        </message>
        <message>
            <source>À faire bientôt (d’ici le %1)</source>
            <extracomment>From src/parcours_app/export/plan.py:304</extracomment>
            <translation>To do soon (by %1)</translation>
        </message>
        <message>
            <source>Quand</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:122; src/parcours_app/export/consultation_plan.py:132; src/parcours_app/export/plan.py:330</extracomment>
            <translation>When</translation>
        </message>
        <message>
            <source>Étape</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:122; src/parcours_app/export/consultation_plan.py:132; src/parcours_app/export/plan.py:330</extracomment>
            <translation>Step</translation>
        </message>
        <message>
            <source>Statut</source>
            <extracomment>From src/parcours_app/export/plan.py:330</extracomment>
            <translation>Status</translation>
        </message>
        <message>
            <source>Rien à faire dans les %1 prochains jours.</source>
            <extracomment>From src/parcours_app/export/plan.py:305</extracomment>
            <translation>Nothing to do in the next %1 days.</translation>
        </message>
        <message numerus="yes">
            <source>%n jour(s)</source>
            <extracomment>From src/parcours_app/export/plan.py:355</extracomment>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 jours</source>
            <extracomment>From src/parcours_app/export/pdf.py:387</extracomment>
            <translation type="vanished">%1 days</translation>
        </message>
        <message>
            <source>à prendre dans cette période</source>
            <extracomment>From src/parcours_app/export/plan.py:356</extracomment>
            <translation>to take during this period</translation>
        </message>
        <message>
            <source>Congés</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:140; src/parcours_app/export/plan.py:347</extracomment>
            <translation>Leave</translation>
        </message>
        <message>
            <source>Dates</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:141; src/parcours_app/export/plan.py:344</extracomment>
            <translation>From – to</translation>
        </message>
        <message>
            <source>Congé</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:141; src/parcours_app/export/plan.py:344</extracomment>
            <translation>Leave</translation>
        </message>
        <message>
            <source>Durée</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:141; src/parcours_app/export/plan.py:344</extracomment>
            <translation>Length</translation>
        </message>
        <message>
            <source>Aucun congé dans ce plan.</source>
            <extracomment>From src/parcours_app/export/plan.py:345</extracomment>
            <translation>No leave in this plan.</translation>
        </message>
        <message>
            <source>Maison des 1000 premiers jours</source>
            <extracomment>From src/parcours_app/export/pdf.py:403</extracomment>
            <translation type="vanished">Maison des 1000 premiers jours (first 1000 days centre)</translation>
        </message>
        <message>
            <source>PMI</source>
            <extracomment>From src/parcours_app/export/pdf.py:404</extracomment>
            <translation type="vanished">PMI (mother and child health centre)</translation>
        </message>
        <message>
            <source>Maternité</source>
            <extracomment>From src/parcours_app/export/pdf.py:405</extracomment>
            <translation type="vanished">Maternity unit</translation>
        </message>
        <message>
            <source>CAF</source>
            <extracomment>From src/parcours_app/export/pdf.py:406</extracomment>
            <translation type="vanished">CAF (family allowances fund)</translation>
        </message>
        <message>
            <source>Assurance Maladie (CPAM)</source>
            <extracomment>From src/parcours_app/export/pdf.py:407</extracomment>
            <translation type="vanished">Assurance Maladie (CPAM, health insurance)</translation>
        </message>
        <message>
            <source>Relais petite enfance</source>
            <extracomment>From src/parcours_app/export/pdf.py:408</extracomment>
            <translation type="vanished">Relais petite enfance (childminder network)</translation>
        </message>
        <message>
            <source>Lieu d’accueil enfants-parents</source>
            <extracomment>From src/parcours_app/export/pdf.py:409</extracomment>
            <translation type="vanished">Parent and child drop-in centre (LAEP)</translation>
        </message>
        <message>
            <source>Sage-femme</source>
            <extracomment>From src/parcours_app/export/pdf.py:410</extracomment>
            <translation type="vanished">Midwife</translation>
        </message>
        <message>
            <source>Pédiatre</source>
            <extracomment>From src/parcours_app/export/pdf.py:411</extracomment>
            <translation type="vanished">Paediatrician</translation>
        </message>
        <message>
            <source>Autre</source>
            <extracomment>From src/parcours_app/export/pdf.py:412</extracomment>
            <translation type="vanished">Other</translation>
        </message>
        <message>
            <source>Contacts près de chez vous</source>
            <extracomment>From src/parcours_app/export/plan.py:383</extracomment>
            <translation>Contacts near you</translation>
        </message>
        <message>
            <source>Lieu</source>
            <extracomment>From src/parcours_app/export/plan.py:384</extracomment>
            <translation>Place</translation>
        </message>
        <message>
            <source>Téléphone, horaires</source>
            <extracomment>From src/parcours_app/export/plan.py:384</extracomment>
            <translation>Phone, opening hours</translation>
        </message>
        <message>
            <source>Aucun contact enregistré : ajoutez votre PMI ou votre maternité dans l’annuaire.</source>
            <extracomment>From src/parcours_app/export/plan.py:387</extracomment>
            <translation>No contact saved: add your PMI or your maternity unit in the directory.</translation>
        </message>
        <message>
            <source>Numéros utiles</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:165; src/parcours_app/export/plan.py:414</extracomment>
            <translation>Useful numbers</translation>
        </message>
        <message>
            <source>Numéro</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:166; src/parcours_app/export/plan.py:415</extracomment>
            <translation>Number</translation>
        </message>
        <message>
            <source>Pour quoi</source>
            <extracomment>From src/parcours_app/export/consultation_plan.py:166; src/parcours_app/export/plan.py:415</extracomment>
            <translation>What for</translation>
        </message>
        <message>
            <source>Quand, où</source>
            <extracomment>From src/parcours_app/export/plan.py:415</extracomment>
            <translation>When, where</translation>
        </message>
    </context>
    <context>
        <name>PregnancyDatesDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/first_run.py" line="+82" />
            <source>Une nouvelle grossesse</source>
            <translation>A new pregnancy</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Corriger les dates de la grossesse</source>
            <translation>Correct the pregnancy dates</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Indiquez la naissance avec « Notre enfant est né » dans le menu Famille.</source>
            <translation>Enter the birth with “Our child is born” in the Family menu.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Le terme passe du %1 au %2 : les dates du calendrier bougent de %3 jours.</source>
            <translation>The due date moves from %1 to %2: the calendar's dates move by %3 days.</translation>
        </message>
    </context>
    <context>
        <name>PregnancyFields</name>
        <message>
            <location line="-589" />
            <source>Le type de date a changé : indiquez la date à nouveau.</source>
            <translation>The kind of date changed: enter the date again.</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Premier jour des dernières règles</source>
            <translation>First day of the last period</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Début de grossesse (conception ou 1re échographie)</source>
            <translation>Start of pregnancy (conception or 1st ultrasound scan)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date prévue d'accouchement (donnée par la sage-femme ou le médecin)</source>
            <translation>Expected due date (given by the midwife or the doctor)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Un bébé</source>
            <translation>One baby</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Des jumeaux</source>
            <translation>Twins</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Des triplés ou plus</source>
            <translation>Triplets or more</translation>
        </message>
        <message>
            <location line="+1" />
            <source>La &amp;date que vous connaissez :</source>
            <translation>The &amp;date you know:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Premier jour des dernières &amp;règles :</source>
            <translation>First day of the last &amp;period:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date de &amp;début de grossesse :</source>
            <translation>Pregnancy &amp;start date:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Terme prévu (DPA) :</source>
            <translation>Expected d&amp;ue date (DPA):</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Date :</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Durée habituelle du &amp;cycle (jours) :</source>
            <translation>Usual &amp;cycle length (days):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nous attendons :</source>
            <translation>We are expecting:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enfants dé&amp;jà nés :</source>
            <translation>C&amp;hildren already born:</translation>
        </message>
        <message>
            <source>&amp;Enfants déjà nés :</source>
            <translation type="vanished">C&amp;hildren already born:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Le nombre d'enfants déjà nés change la durée du congé de maternité.</source>
            <translation>The number of children already born changes the length of maternity leave.</translation>
        </message>
    </context>
    <context>
        <name>PrintPlanDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/export_dialogs.py" line="+125" />
            <source>Mon plan des 1000 premiers jours</source>
            <translation>My plan for the first 1000 days</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+14" />
            <location line="+22" />
            <source>Imprimer le plan</source>
            <translation>Print the plan</translation>
        </message>
        <message>
            <location line="-29" />
            <source>Aperçu du plan</source>
            <translation>Plan preview</translation>
        </message>
        <message>
            <source>plan-1000-jours.pdf</source>
            <translation type="vanished">plan-1000-days.pdf</translation>
        </message>
        <message>
            <location line="+12" />
            <source>plan-consultation</source>
            <translation>consultation-plan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>plan-1000-jours</source>
            <translation>1000-days-plan</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+11" />
            <location line="+1" />
            <source>Enregistrer le plan en PDF</source>
            <translation>Save the plan as PDF</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Document PDF (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Un plan A4 lisible en noir et blanc : les dates clés, les prochaines étapes, les congés, les examens et vaccins des enfants, vos contacts et les numéros utiles.</source>
            <translation>An A4 plan, easy to read in black and white: the key dates, the next steps, leave, the children’s examinations and vaccines, your contacts and useful numbers.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Aperçu avant impression…</source>
            <translation>Print pre&amp;view…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Aperçu avant impression</source>
            <translation>Print preview</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Imprimer…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Imprimer</source>
            <translation>Print</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enregistrer en &amp;PDF…</source>
            <translation>Save as P&amp;DF…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quel plan ?</source>
            <translation>Which plan?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Plan de &amp;consultation (une page)</source>
            <translation>&amp;Consultation plan (one page)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Plan de consultation, une page</source>
            <translation>Consultation plan, one page</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Plan co&amp;mplet (toutes les étapes, plusieurs pages)</source>
            <translation>Full pla&amp;n (every step, several pages)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan complet, plusieurs pages</source>
            <translation>Full plan, several pages</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enregistrer en PDF</source>
            <translation>Save as PDF</translation>
        </message>
    </context>
    <context>
        <name>QuestionnairePage</name>
        <message>
            <location filename="../src/parcours_app/ui/selftest/questionnaire_page.py" line="+167" />
            <source>Choisissez une réponse pour continuer.</source>
            <translation>Choose an answer to continue.</translation>
        </message>
        <message>
            <location line="+21" />
            <location line="+89" />
            <source>Abandonner le questionnaire</source>
            <translation>Stop the questionnaire</translation>
        </message>
        <message>
            <location line="-88" />
            <source>Abandonner le questionnaire ? Vos réponses seront effacées et rien ne sera gardé.</source>
            <translation>Stop the questionnaire? Your answers will be erased and nothing will be kept.</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Question %1 sur %2</source>
            <translation>Question %1 of %2</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 : %2. Réponse %3 sur 4, touche %3.</source>
            <translation>%1: %2. Answer %3 of 4, key %3.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Voir le résultat</source>
            <translation>See the result</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Suivant</source>
            <translation>Next</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Au cours des 7 derniers jours :</source>
            <translation>In the past 7 days:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Clavier : flèches ou touches 1 à 4 pour choisir, Entrée pour continuer, Retour arrière pour revenir, Échap pour abandonner.</source>
            <translation>Keyboard: arrows or keys 1 to 4 to choose, Enter to continue, Backspace to go back, Esc to stop.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Abandonner</source>
            <translation>Stop</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Précédent</source>
            <translation>Previous</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Question précédente</source>
            <translation>Previous question</translation>
        </message>
    </context>
    <context>
        <name>ReceptionScreen</name>
        <message>
            <source>Quitter le mode accueil</source>
            <translation type="vanished">Leave reception mode</translation>
        </message>
        <message>
            <source>Réservé au personnel : quitter le mode accueil ? Rien de ce que les visiteurs ont saisi n'est gardé.</source>
            <translation type="vanished">Staff only: leave reception mode? Nothing that visitors entered is kept.</translation>
        </message>
        <message>
            <location filename="../src/parcours_app/ui/reception.py" line="+157" />
            <source>L'annuaire n'a pas été chargé.

%1</source>
            <translation>The directory was not loaded.

%1</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>Annuaire chargé : %n lieu(x), depuis %1. Il est gardé en mémoire pour cette session.</source>
            <translation>
                <numerusform>Directory loaded: %n place, from %1. It is kept in memory for this session.</numerusform>
                <numerusform>Directory loaded: %n places, from %1. It is kept in memory for this session.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+9" />
            <source>Charger l'annuaire de la Maison depuis un fichier.</source>
            <translation>Load the Maison's directory from a file.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Annuaire : %1</source>
            <translation>Directory: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Annuaire d'exemple (fictif)</source>
            <translation>Example directory (fictional)</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Quitter le mode accueil. Rien de ce que les visiteurs ont saisi n'est gardé.</source>
            <translation>Leave reception mode. Nothing the visitors entered is kept.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>⌂ Accueil</source>
            <translation>⌂ Home</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Retour à l'accueil</source>
            <translation>Back to the home screen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Personnel : annuaire</source>
            <translation>Staff: directory</translation>
        </message>
        <message>
            <source>Personnel : charger l'annuaire…</source>
            <translation type="vanished">Staff: load the directory…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Charger l'annuaire de la Maison depuis un fichier (réservé au personnel)</source>
            <translation>Load the Maison’s directory from a file (staff only)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Le fichier exporté depuis l'annuaire (vue du personnel). Gardé en mémoire seulement.</source>
            <translation>The file exported from the directory (staff view). Kept in memory only.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Personnel : quitter</source>
            <translation>Staff: quit</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Quitter le mode accueil (réservé au personnel)</source>
            <translation>Leave reception mode (staff only)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Réservé au personnel (Ctrl+Maj+Q)</source>
            <translation>Staff only (Ctrl+Shift+Q)</translation>
        </message>
    </context>
    <context>
        <name>ReceptionStartScreen</name>
        <message>
            <location line="-335" />
            <source>Accueil du mode Maison</source>
            <translation>Maison mode home screen</translation>
        </message>
        <message>
            <source>Bienvenue à la Maison des 1000 premiers jours</source>
            <translation type="vanished">Welcome to the Maison des 1000 premiers jours</translation>
        </message>
        <message>
            <source>Découvrez le calendrier des 1000 premiers jours : examens, démarches, congés, vaccins, ressources.</source>
            <translation type="vanished">Discover the calendar of the first 1000 days: examinations, paperwork, leave, vaccines, resources.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Maison des 1000 premiers jours</source>
            <translation>Maison des 1000 premiers jours (first 1,000 days centre)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Bienvenue ! En attendant votre rendez-vous, découvrez le calendrier des 1000 premiers jours : examens, démarches, congés, vaccins, aides.</source>
            <translation>Welcome! While you wait for your appointment, explore the calendar of the first 1,000 days: check-ups, paperwork, leave, vaccines, support.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Notre Maison et ses services</source>
            <translation>Our Maison and its services</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Découvrir la Maison et ses services</source>
            <translation>Discover the Maison and its services</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ressources par étape</source>
            <translation>Resources by stage</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ressources par étape et par thème</source>
            <translation>Resources by stage and by topic</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Explorer le parcours d'une famille exemple (fictive) :</source>
            <translation>Explore the journey of an example family (made up):</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Écran partagé : rien de ce que vous touchez ou saisissez n'est gardé. Il revient à l'accueil après quelques minutes sans utilisation.</source>
            <translation>Shared screen: nothing you touch or type is kept. It returns to the start after a few minutes without use.</translation>
        </message>
        <message>
            <source>Écran partagé : rien de ce que vous saisissez n'est gardé. Il revient à l'accueil après quelques minutes sans utilisation.</source>
            <translation type="vanished">Shared screen: nothing you enter is kept. It goes back to the home screen after a few minutes without use.</translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <source>Parcours 1000 jours est déjà ouvert</source>
            <extracomment>From src/parcours_app/ui/recovery.py:227</extracomment>
            <translation>Parcours 1000 jours is already open</translation>
        </message>
        <message>
            <source>Le disque est plein</source>
            <extracomment>From src/parcours_app/ui/recovery.py:230</extracomment>
            <translation>The disk is full</translation>
        </message>
        <message>
            <source>Une version plus récente est nécessaire</source>
            <extracomment>From src/parcours_app/ui/recovery.py:233</extracomment>
            <translation>A newer version is needed</translation>
        </message>
        <message>
            <source>Dossier de données en lecture seule</source>
            <extracomment>From src/parcours_app/ui/recovery.py:235</extracomment>
            <translation>Data folder is read-only</translation>
        </message>
        <message>
            <source>Ce fichier n'appartient pas à Parcours 1000 jours</source>
            <extracomment>From src/parcours_app/ui/recovery.py:237</extracomment>
            <translation>This file does not belong to Parcours 1000 jours</translation>
        </message>
        <message>
            <source>La mise à jour des données a échoué</source>
            <extracomment>From src/parcours_app/ui/recovery.py:239</extracomment>
            <translation>Updating the data failed</translation>
        </message>
        <message>
            <source>Vos données ont été mises à l'abri</source>
            <extracomment>From src/parcours_app/ui/recovery.py:241</extracomment>
            <translation>Your data has been put in a safe place</translation>
        </message>
        <message>
            <source>Vos données n'ont pas pu être ouvertes</source>
            <extracomment>From src/parcours_app/ui/recovery.py:231; src/parcours_app/ui/recovery.py:242</extracomment>
            <translation>Your data could not be opened</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/recovery.py" line="-237" />
            <source>Elle contient : %1 enfant(s), %2 grossesse(s), %3 étape(s) suivie(s), %4 rendez-vous.</source>
            <translation>It holds: %1 child(ren), %2 pregnancy(ies), %3 tracked step(s), %4 appointment(s).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1 à %2</source>
            <translation>%1 at %2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Vos données ont été mises à l'abri</source>
            <translation>Your data has been put in a safe place</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Le fichier de vos données était abîmé</source>
            <translation>The file holding your data was damaged</translation>
        </message>
        <message>
            <location line="+3" />
            <source>À chaque ouverture, Parcours 1000 jours vérifie le fichier où sont enregistrées vos dates et vos étapes. Cette fois, il était abîmé : cela arrive après une coupure de courant, un disque qui fatigue ou une copie interrompue.</source>
            <translation>Each time it opens, Parcours 1000 jours checks the file where your dates and steps are saved. This time it was damaged: this happens after a power cut, a failing disk or an interrupted copy.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Rien n'a été effacé ni écrasé : le fichier abîmé a été mis de côté dans le dossier %1.</source>
            <translation>Nothing has been deleted or overwritten: the damaged file has been set aside in the folder %1.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Rien n'a été effacé ni écrasé.</source>
            <translation>Nothing has been deleted or overwritten.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>La dernière sauvegarde en bon état date du %1. En la restaurant, vous retrouvez vos données telles qu'elles étaient ce jour-là ; seul ce que vous avez saisi depuis serait à refaire.</source>
            <translation>The last good backup is from %1. Restoring it brings your data back as it was that day; only what you have entered since would need to be entered again.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Restaurer la dernière sauvegarde du %1</source>
            <translation>&amp;Restore the last backup, from %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Aucune sauvegarde en bon état n'a été trouvée. Vous pouvez recommencer avec des données vides : le fichier abîmé reste dans son dossier, au cas où quelqu'un pourrait le réparer.</source>
            <translation>No good backup was found. You can start again with empty data: the damaged file stays in its folder, in case someone can repair it.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Détail technique : %1</source>
            <translation>Technical detail: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Commencer avec des données vides</source>
            <translation>&amp;Start with empty data</translation>
        </message>
        <message>
            <source>Commencer avec des données vides</source>
            <translation type="vanished">Start with empty data</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quitter</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Quitter sans rien changer</source>
            <translation>Quit without changing anything</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>Parcours 1000 jours</source>
            <extracomment>From src/parcours_app/ui/reminders.py:83</extracomment>
            <translation>Parcours 1000 jours (1000 days journey)</translation>
        </message>
        <message>
            <source>Ouvrir Parcours 1000 jours</source>
            <extracomment>From src/parcours_app/ui/reminders.py:84</extracomment>
            <translation>Open Parcours 1000 jours</translation>
        </message>
        <message>
            <source>Quitter</source>
            <extracomment>From src/parcours_app/ui/reminders.py:85</extracomment>
            <translation>Quit</translation>
        </message>
        <message numerus="yes">
            <source>%n étape(s) en cours</source>
            <extracomment>From src/parcours_app/ui/reminders.py:190</extracomment>
            <translation>
                <numerusform>%n step under way</numerusform>
                <numerusform>%n steps under way</numerusform>
            </translation>
        </message>
        <message>
            <source>cette semaine : %1 (à rattraper)</source>
            <extracomment>From src/parcours_app/ui/reminders.py:195</extracomment>
            <translation>this week: %1 (to catch up)</translation>
        </message>
        <message>
            <source>cette semaine : %1 (jusqu'au %2)</source>
            <extracomment>From src/parcours_app/ui/reminders.py:201</extracomment>
            <translation>this week: %1 (until %2)</translation>
        </message>
        <message numerus="yes">
            <source>%n étape(s) à rattraper</source>
            <extracomment>From src/parcours_app/ui/reminders.py:206</extracomment>
            <translation>
                <numerusform>%n step to catch up</numerusform>
                <numerusform>%n steps to catch up</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n étape(s) passée(s) à confirmer</source>
            <extracomment>From src/parcours_app/ui/reminders.py:211</extracomment>
            <translation>
                <numerusform>%n past step to confirm</numerusform>
                <numerusform>%n past steps to confirm</numerusform>
            </translation>
        </message>
        <message>
            <source>Rien à faire cette semaine.</source>
            <extracomment>From src/parcours_app/ui/reminders.py:214</extracomment>
            <translation>Nothing to do this week.</translation>
        </message>
        <message>
            <source>%n étape en cours</source>
            <extracomment>From src/parcours_app/ui/reminders.py:226</extracomment>
            <translation type="vanished">%n step under way</translation>
        </message>
        <message>
            <source>%n étapes en cours</source>
            <extracomment>From src/parcours_app/ui/reminders.py:227</extracomment>
            <translation type="vanished">%n steps under way</translation>
        </message>
        <message>
            <source>%n étape à rattraper</source>
            <extracomment>From src/parcours_app/ui/reminders.py:228</extracomment>
            <translation type="vanished">%n step to catch up</translation>
        </message>
        <message>
            <source>%n étapes à rattraper</source>
            <extracomment>From src/parcours_app/ui/reminders.py:229</extracomment>
            <translation type="vanished">%n steps to catch up</translation>
        </message>
        <message>
            <source>%n étape passée à confirmer</source>
            <extracomment>From src/parcours_app/ui/reminders.py:230</extracomment>
            <translation type="vanished">%n past step to confirm</translation>
        </message>
        <message>
            <source>%n étapes passées à confirmer</source>
            <extracomment>From src/parcours_app/ui/reminders.py:231</extracomment>
            <translation type="vanished">%n past steps to confirm</translation>
        </message>
        <message numerus="yes">
            <source>%n étape(s) en retard</source>
            <extracomment>From src/parcours_app/ui/reminders.py:173</extracomment>
            <translation type="vanished">
                <numerusform>%n step overdue</numerusform>
                <numerusform>%n steps overdue</numerusform>
            </translation>
        </message>
        <message>
            <source>Rien en retard ni à faire cette semaine.</source>
            <extracomment>From src/parcours_app/ui/reminders.py:181</extracomment>
            <translation type="vanished">Nothing overdue and nothing to do this week.</translation>
        </message>
        <message>
            <source>%n étape en retard</source>
            <extracomment>From src/parcours_app/ui/reminders.py:189</extracomment>
            <translation type="vanished">%n step overdue</translation>
        </message>
        <message>
            <source>%n étapes en retard</source>
            <extracomment>From src/parcours_app/ui/reminders.py:190</extracomment>
            <translation type="vanished">%n steps overdue</translation>
        </message>
        <message numerus="yes">
            <source>%n à faire cette semaine</source>
            <extracomment>From src/parcours_app/ui/reminders.py:176</extracomment>
            <translation type="vanished">
                <numerusform>%n to do this week</numerusform>
                <numerusform>%n to do this week</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rendez-vous dans 7 jours</source>
            <extracomment>From src/parcours_app/ui/reminders.py:208</extracomment>
            <translation>
                <numerusform>%n appointment in the next 7 days</numerusform>
                <numerusform>%n appointments in the next 7 days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResourceCard</name>
        <message>
            <location filename="../src/parcours_app/ui/resources_page.py" line="+59" />
            <source>toutes les étapes</source>
            <translation>all stages</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Ouvrir : %1</source>
            <translation>Open: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ouvre %1 dans le navigateur, après confirmation</source>
            <translation>Opens %1 in the browser, after you confirm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ouvrir le lien : %1</source>
            <translation>Open the link: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mène au site %1</source>
            <translation>Leads to the website %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Source : %1. Vérifié le %2.</source>
            <translation>Source: %1. Checked on %2.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>D'après : %1. Texte rédigé le %2, à relire sur le site officiel.</source>
            <translation>Based on: %1. Text written on %2, to be checked again on the official website.</translation>
        </message>
    </context>
    <context>
        <name>ResourcesPage</name>
        <message>
            <location line="+180" />
            <source>Ressources pour : %1</source>
            <translation>Resources for: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+111" />
            <source>Priorité nationale : %1</source>
            <translation>National priority: %1</translation>
        </message>
        <message>
            <location line="-76" />
            <source>Aucune ressource ne correspond. Essayez un autre mot ou « Toutes les étapes ».</source>
            <translation>No resource matches. Try another word or “All stages”.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ressources affichées : %1</source>
            <translation>Resources shown: %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>En ce moment pour vous : %1</source>
            <translation>Right now for you: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Les autres étapes</source>
            <translation>The other stages</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Toutes les étapes</source>
            <translation>All stages</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 (en ce moment)</source>
            <translation>%1 (right now)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Tous les thèmes</source>
            <translation>All topics</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Ressources</source>
            <translation>Resources</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Urgences et écoute</source>
            <translation>Emergencies and support lines</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Urgences et écoute : numéros d'aide</source>
            <translation>Emergencies and support lines: helplines</translation>
        </message>
        <message>
            <location line="+2" />
            <source>3114, 15, 112, 114, 119, 3919, Allô Parents Bébé</source>
            <translation>3114, 15, 112, 114, 119, 3919, Allô Parents Bébé (helplines)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Les trois priorités nationales des 1000 premiers jours</source>
            <translation>The three national priorities of the first 1000 days</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Des messages clés pour chaque étape, et des liens vers des sites officiels seulement. L'application ne se connecte jamais à internet : les liens s'ouvrent dans votre navigateur, après confirmation.</source>
            <translation>Key messages for each stage, and links to official websites only. The application never connects to the internet: links open in your browser, after you confirm.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Rechercher :</source>
            <translation>&amp;Search:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>un mot, avec ou sans accents (ex. écrans, congé, sommeil)</source>
            <translation>a word, in English or French (e.g. screens, leave, sleep)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rechercher dans les ressources</source>
            <translation>Search the resources</translation>
        </message>
        <message>
            <location line="+1" />
            <source>É&amp;tape :</source>
            <translation>S&amp;tage:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Étape</source>
            <translation>Stage</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thèm&amp;e :</source>
            <translation>T&amp;opic:</translation>
        </message>
        <message>
            <source>T&amp;hème :</source>
            <translation type="vanished">T&amp;opic:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thème</source>
            <translation>Topic</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tout afficher</source>
            <translation>Show all</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Afficher toutes les ressources</source>
            <translation>Show all resources</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nombre de ressources affichées</source>
            <translation>Number of resources shown</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Liste des ressources</source>
            <translation>List of resources</translation>
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message>
            <location filename="../src/parcours_app/ui/selftest/result_page.py" line="+196" />
            <source>Résultat non enregistré</source>
            <translation>Result not saved</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Le résultat n'a pas pu être gardé ou effacé : %1</source>
            <translation>The result could not be kept or erased: %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Dans ce mode, aucun résultat n'est gardé : tout s'efface quand vous fermez le questionnaire.</source>
            <translation>In this mode, no result is kept: everything is erased when you close the questionnaire.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ce résultat est gardé sur cet ordinateur. Décochez la case pour l'effacer.</source>
            <translation>This result is kept on this computer. Untick the box to erase it.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ce résultat n'est pas gardé : il s'effacera quand vous quitterez cette page.</source>
            <translation>This result is not kept: it will be erased when you leave this page.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>PDF non enregistré</source>
            <translation>PDF not saved</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Le fichier %1 n'a pas pu être écrit : %2</source>
            <translation>The file %1 could not be written: %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>PDF enregistré</source>
            <translation>PDF saved</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Le résumé est enregistré dans %1. Vous pouvez l'imprimer.</source>
            <translation>The summary is saved in %1. You can print it.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Impression impossible</source>
            <translation>Cannot print</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Le résumé n'a pas pu être imprimé : %1</source>
            <translation>The summary could not be printed: %1</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Afficher mon résultat</source>
            <translation>Show my result</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Afficher mon résultat (écran partagé)</source>
            <translation>Show my result (shared screen)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Que faire maintenant, et qui voir ?</source>
            <translation>What to do now, and who to see?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Voir les numéros d'aide et d'écoute</source>
            <translation>See the help and listening lines</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Garder ce résultat sur cet ordinateur</source>
            <translation>Keep this result on this computer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Case non cochée : rien n'est gardé. Cochée : le résultat est ajouté à votre historique.</source>
            <translation>Box not ticked: nothing is kept. Ticked: the result is added to your history.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Questionnaire : %1 Échelle originale : %2</source>
            <translation>Questionnaire: %1 Original scale: %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Questionnaire : %1</source>
            <translation>Questionnaire: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enregistrer le résumé en PDF (à imprimer)</source>
            <translation>Save the summary as PDF (to print)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Imprimer…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Imprimer le résumé d'une page</source>
            <translation>Print the one-page summary</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Terminer</source>
            <translation>Finish</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Terminer et revenir à l'accueil du questionnaire</source>
            <translation>Finish and go back to the questionnaire home page</translation>
        </message>
    </context>
    <context>
        <name>Rules</name>
        <message>
            <source>Déclarer la naissance à la mairie</source>
            <extracomment>From resources/rules/birth.toml: rule[0].title</extracomment>
            <translation>Register the birth at the town hall</translation>
        </message>
        <message>
            <source>La naissance se déclare à la mairie du lieu de naissance dans les 5 jours qui suivent (le jour de la naissance ne compte pas). Si le dernier jour tombe un samedi, un dimanche ou un jour férié, le délai va jusqu'au jour ouvré suivant. Au-delà, il faut passer par le tribunal. Beaucoup de maternités ont un bureau d'état civil sur place.</source>
            <extracomment>From resources/rules/birth.toml: rule[0].explanation</extracomment>
            <translation>The birth must be registered at the town hall (mairie) of the place of birth within the 5 days that follow (the day of birth does not count). If the last day falls on a Saturday, a Sunday or a public holiday, the deadline runs to the next working day. After that, you have to go through the court. Many maternity units have a civil registry office on site.</translation>
        </message>
        <message>
            <source>Service de l'état civil de la mairie du lieu de naissance</source>
            <extracomment>From resources/rules/birth.toml: rule[0].whom</extracomment>
            <translation>Civil registry office (état civil) of the town hall where the baby was born</translation>
        </message>
        <message>
            <source>Le certificat d'accouchement, les pièces d'identité des parents, le livret de famille s'il existe, la reconnaissance anticipée s'il y en a une</source>
            <extracomment>From resources/rules/birth.toml: rule[0].to_bring</extracomment>
            <translation>The delivery certificate from the maternity unit (certificat d'accouchement), the parents’ identity documents, the family record book (livret de famille) if you have one, the acknowledgement of the child made before the birth (reconnaissance anticipée) if there is one</translation>
        </message>
        <message>
            <source>Entretien postnatal précoce</source>
            <extracomment>From resources/rules/birth.toml: rule[1].title</extracomment>
            <translation>Early postnatal interview</translation>
        </message>
        <message>
            <source>Un entretien obligatoire entre la 4e et la 8e semaine après la naissance, pour parler de votre santé, de votre moral et de l'aide dont vous avez besoin. Le second parent peut y participer.</source>
            <extracomment>From resources/rules/birth.toml: rule[1].explanation</extracomment>
            <translation>A compulsory interview between the 4th and the 8th week after the birth, to talk about your health, your mood and the help you need. The second parent can take part.</translation>
        </message>
        <message>
            <source>Sage-femme ou médecin (celui de l'entretien prénatal si possible)</source>
            <extracomment>From resources/rules/birth.toml: rule[1].whom</extracomment>
            <translation>Midwife or doctor (the one from the prenatal interview if possible)</translation>
        </message>
        <message>
            <source>Second entretien postnatal</source>
            <extracomment>From resources/rules/birth.toml: rule[2].title</extracomment>
            <translation>Second postnatal interview</translation>
        </message>
        <message>
            <source>Un second entretien peut être proposé entre la 10e et la 14e semaine après la naissance, après un premier enfant ou quand le premier entretien a repéré des signes de fragilité.</source>
            <extracomment>From resources/rules/birth.toml: rule[2].explanation</extracomment>
            <translation>A second interview can be offered between the 10th and the 14th week after the birth, after a first child or when the first interview noticed signs of vulnerability.</translation>
        </message>
        <message>
            <source>Le professionnel qui a fait le premier entretien</source>
            <extracomment>From resources/rules/birth.toml: rule[2].whom</extracomment>
            <translation>The professional who did the first interview</translation>
        </message>
        <message>
            <source>Examen postnatal de la mère</source>
            <extracomment>From resources/rules/birth.toml: rule[3].title</extracomment>
            <translation>Mother's postnatal examination</translation>
        </message>
        <message>
            <source>Un examen médical obligatoire de la mère dans les 8 semaines qui suivent l'accouchement, pris en charge à 100 %. En pratique, il a lieu entre la 6e et la 8e semaine.</source>
            <extracomment>From resources/rules/birth.toml: rule[3].explanation</extracomment>
            <translation>A compulsory medical examination for the mother within the 8 weeks after the birth, fully covered (100 %). In practice, it takes place between the 6th and the 8th week.</translation>
        </message>
        <message>
            <source>Médecin ou sage-femme</source>
            <extracomment>From resources/rules/birth.toml: rule[3].whom; resources/rules/leave.toml: rule[2].whom; resources/rules/pregnancy.toml: rule[1].whom; … and 3 more</extracomment>
            <translation>Doctor or midwife</translation>
        </message>
        <message>
            <source>Carte Vitale, carnet de santé de la maternité, questions sur la contraception et la rééducation</source>
            <extracomment>From resources/rules/birth.toml: rule[3].to_bring</extracomment>
            <translation>Carte Vitale (health insurance card), the carnet de santé maternité (your pregnancy health record), questions about contraception and pelvic floor rehabilitation</translation>
        </message>
        <message>
            <source>Faire le point sur votre moral (5e semaine)</source>
            <extracomment>From resources/rules/birth.toml: rule[4].title</extracomment>
            <translation>Check in on your mood (5th week)</translation>
        </message>
        <message>
            <source>Un questionnaire de 10 questions (EPDS) pour faire le point sur vos sept derniers jours. Ce n'est pas un diagnostic : il aide à savoir s'il faut en parler à un professionnel. Il vaut aussi pour le second parent. Les réponses restent sur cet ordinateur.</source>
            <extracomment>From resources/rules/birth.toml: rule[4].explanation</extracomment>
            <translation>A 10-question questionnaire (EPDS) to check in on the past seven days. It is not a diagnosis: it helps you know whether to talk to a professional about it. It is also for the second parent. The answers stay on this computer.</translation>
        </message>
        <message>
            <source>En cas de difficulté : votre sage-femme, votre médecin, la PMI ; en cas d'idées noires, le 3114 à toute heure</source>
            <extracomment>From resources/rules/birth.toml: rule[4].whom; resources/rules/birth.toml: rule[5].whom</extracomment>
            <translation>If things are difficult: your midwife, your doctor, the PMI (mother and child health centre); if you have dark thoughts, 3114 at any hour</translation>
        </message>
        <message>
            <source>Refaire le point sur votre moral (12e semaine)</source>
            <extracomment>From resources/rules/birth.toml: rule[5].title</extracomment>
            <translation>Check in on your mood again (12th week)</translation>
        </message>
        <message>
            <source>Le même questionnaire (EPDS), au début de la 12e semaine après la naissance. La fatigue et le moral peuvent changer plusieurs semaines après l'accouchement, pour l'un ou l'autre parent.</source>
            <extracomment>From resources/rules/birth.toml: rule[5].explanation</extracomment>
            <translation>The same questionnaire (EPDS), at the start of the 12th week after the birth. Tiredness and mood can change several weeks after the birth, for either parent.</translation>
        </message>
        <message>
            <source>Examen de l'enfant dans les 8 jours</source>
            <extracomment>From resources/rules/child-exams.toml: rule[0].title</extracomment>
            <translation>Child's examination within 8 days</translation>
        </message>
        <message>
            <source>Le premier examen obligatoire, dans les 8 jours après la naissance, souvent à la maternité. Il donne lieu au 1er certificat de santé. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[0].explanation</extracomment>
            <translation>The first compulsory examination, within 8 days after the birth, often at the maternity unit. It leads to the 1st health certificate. These examinations are fully covered (100 %).</translation>
        </message>
        <message>
            <source>Médecin (généraliste ou pédiatre) ou PMI</source>
            <extracomment>From resources/rules/child-exams.toml: defaults.whom</extracomment>
            <translation>Doctor (GP or paediatrician) or PMI (mother and child health centre)</translation>
        </message>
        <message>
            <source>Le carnet de santé de l'enfant (le médecin remplit le certificat de santé)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[0].to_bring; resources/rules/child-exams.toml: rule[7].to_bring; resources/rules/child-exams.toml: rule[11].to_bring</extracomment>
            <translation>The child’s health record book (carnet de santé) (the doctor fills in the health certificate)</translation>
        </message>
        <message>
            <source>Examen de l'enfant (2e semaine)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[1].title</extracomment>
            <translation>Child's examination (2nd week)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours de la 2e semaine de vie : poids, alimentation, sommeil, ictère. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[1].explanation</extracomment>
            <translation>Compulsory examination during the 2nd week of life: weight, feeding, sleep, jaundice. These examinations are fully covered (100 %).</translation>
        </message>
        <message>
            <source>Le carnet de santé de l'enfant</source>
            <extracomment>From resources/rules/child-exams.toml: rule[1].to_bring; resources/rules/child-exams.toml: rule[2].to_bring; resources/rules/child-exams.toml: rule[3].to_bring; … and 15 more</extracomment>
            <translation>The child’s health record book (carnet de santé)</translation>
        </message>
        <message>
            <source>Examen de l'enfant (2e mois)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[2].title</extracomment>
            <translation>Child's examination (2nd month)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours du 2e mois de vie : croissance, développement, vaccins du moment. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[2].explanation</extracomment>
            <translation>Compulsory examination during the 2nd month of life: growth, development, vaccines due at that time. These examinations are fully covered (100 %).</translation>
        </message>
        <message>
            <source>Examen de l'enfant (3e mois)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[3].title</extracomment>
            <translation>Child's examination (3rd month)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours du 3e mois de vie : croissance, développement, vaccins du moment. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[3].explanation</extracomment>
            <translation>Compulsory examination during the 3rd month of life: growth, development, vaccines due at that time. These examinations are fully covered (100 %).</translation>
        </message>
        <message>
            <source>Examen de l'enfant (4e mois)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[4].title</extracomment>
            <translation>Child's examination (4th month)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours du 4e mois de vie : croissance, développement, vaccins du moment. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[4].explanation</extracomment>
            <translation>Compulsory examination during the 4th month of life: growth, development, vaccines due at that time. These examinations are fully covered (100 %).</translation>
        </message>
        <message>
            <source>Examen de l'enfant (5e mois)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[5].title</extracomment>
            <translation>Child's examination (5th month)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours du 5e mois de vie : croissance, développement, vaccins du moment. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[5].explanation</extracomment>
            <translation>Compulsory examination during the 5th month of life: growth, development, vaccines due at that time. These examinations are fully covered (100 %).</translation>
        </message>
        <message>
            <source>Examen de l'enfant (6e mois)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[6].title</extracomment>
            <translation>Child's examination (6th month)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours du 6e mois de vie : croissance, développement, vaccins du moment. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[6].explanation</extracomment>
            <translation>Compulsory examination during the 6th month of life: growth, development, vaccines due at that time. These examinations are fully covered (100 %).</translation>
        </message>
        <message>
            <source>Examen de l'enfant (9e mois)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[7].title</extracomment>
            <translation>Child's examination (9th month)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours du 9e mois de vie. Il donne lieu au 2e certificat de santé. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[7].explanation</extracomment>
            <translation>Compulsory examination during the 9th month of life. It leads to the 2nd health certificate. These examinations are fully covered (100 %).</translation>
        </message>
        <message>
            <source>Examen de l'enfant (12e mois)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[8].title</extracomment>
            <translation>Child's examination (12th month)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours du 12e mois de vie. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[8].explanation</extracomment>
            <translation>Compulsory examination during the 12th month of life. These examinations are fully covered (100 %).</translation>
        </message>
        <message>
            <source>Examen de l'enfant (13e mois)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[9].title</extracomment>
            <translation>Child's examination (13th month)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours du 13e mois de vie. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[9].explanation</extracomment>
            <translation>Compulsory examination during the 13th month of life. These examinations are fully covered (100 %).</translation>
        </message>
        <message>
            <source>Examen de l'enfant (entre 16 et 18 mois)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[10].title</extracomment>
            <translation>Child's examination (between 16 and 18 months)</translation>
        </message>
        <message>
            <source>Examen obligatoire entre 16 et 18 mois. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[10].explanation</extracomment>
            <translation>Compulsory examination between 16 and 18 months. These examinations are fully covered (100 %).</translation>
        </message>
        <message>
            <source>Examen de l'enfant (24e ou 25e mois)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[11].title</extracomment>
            <translation>Child's examination (24th or 25th month)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours du 24e ou du 25e mois. Il donne lieu au 3e certificat de santé. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[11].explanation</extracomment>
            <translation>Compulsory examination during the 24th or the 25th month. It leads to the 3rd health certificate. These examinations are fully covered (100 %).</translation>
        </message>
        <message>
            <source>Examen de l'enfant (3e année)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[12].title</extracomment>
            <translation>Child's examination (3rd year)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours de la 3e année de vie (entre 2 et 3 ans). Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[12].explanation</extracomment>
            <translation>Compulsory examination during the 3rd year of life (between 2 and 3 years old). These examinations are fully covered (100 %).</translation>
        </message>
        <message>
            <source>Examen de l'enfant (4e année)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[13].title</extracomment>
            <translation>Child's examination (4th year)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours de la 4e année de vie (entre 3 et 4 ans). Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[13].explanation</extracomment>
            <translation>Compulsory examination during the 4th year of life (between 3 and 4 years old). These examinations are fully covered (100 %).</translation>
        </message>
        <message>
            <source>Examen de l'enfant (5e année)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[14].title</extracomment>
            <translation>Child's examination (5th year)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours de la 5e année de vie (entre 4 et 5 ans). Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[14].explanation</extracomment>
            <translation>Compulsory examination during the 5th year of life (between 4 and 5 years old). These examinations are fully covered (100 %).</translation>
        </message>
        <message>
            <source>Examen de l'enfant (6e année)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[15].title</extracomment>
            <translation>Child's examination (6th year)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours de la 6e année de vie (entre 5 et 6 ans). Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[15].explanation</extracomment>
            <translation>Compulsory examination during the 6th year of life (between 5 and 6 years old). These examinations are fully covered (100 %).</translation>
        </message>
        <message>
            <source>Examen de l'enfant (7e année)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[16].title</extracomment>
            <translation>Child's examination (7th year)</translation>
        </message>
        <message>
            <source>Examen obligatoire au cours de la 7e année de vie (entre 6 et 7 ans). Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[16].explanation</extracomment>
            <translation>Compulsory examination during the 7th year of life (between 6 and 7 years old). These examinations are fully covered (100 %).</translation>
        </message>
        <message>
            <source>Examen de l'enfant (entre 8 et 9 ans)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[17].title</extracomment>
            <translation>Child's examination (between 8 and 9 years)</translation>
        </message>
        <message>
            <source>Examen obligatoire entre 8 et 9 ans. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[17].explanation</extracomment>
            <translation>Compulsory examination between 8 and 9 years old. These examinations are fully covered (100 %).</translation>
        </message>
        <message>
            <source>Examen de l'enfant (entre 11 et 13 ans)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[18].title</extracomment>
            <translation>Child's examination (between 11 and 13 years)</translation>
        </message>
        <message>
            <source>Examen obligatoire entre 11 et 13 ans. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[18].explanation</extracomment>
            <translation>Compulsory examination between 11 and 13 years old. These examinations are fully covered (100 %).</translation>
        </message>
        <message>
            <source>Examen de l'adolescent (entre 15 et 16 ans)</source>
            <extracomment>From resources/rules/child-exams.toml: rule[19].title</extracomment>
            <translation>Teenager's examination (between 15 and 16 years)</translation>
        </message>
        <message>
            <source>Examen obligatoire entre 15 et 16 ans. Ces examens sont pris en charge à 100 %.</source>
            <extracomment>From resources/rules/child-exams.toml: rule[19].explanation</extracomment>
            <translation>Compulsory examination between 15 and 16 years old. These examinations are fully covered (100 %).</translation>
        </message>
        <message>
            <source>Congé de maternité</source>
            <extracomment>From resources/rules/leave.toml: rule[0].title</extracomment>
            <translation>Maternity leave</translation>
        </message>
        <message>
            <source>Votre congé de maternité : %1 semaines avant le terme et %2 semaines après la naissance. Si le bébé naît en avance, la durée totale n'est pas réduite ; s'il naît après le terme, le congé après la naissance reste entier. Au moins 8 semaines d'arrêt sont obligatoires, dont 6 après la naissance.</source>
            <extracomment>From resources/rules/leave.toml: rule[0].explanation</extracomment>
            <translation>Your maternity leave: %1 weeks before the due date and %2 weeks after the birth. If the baby is born early, the total length is not reduced; if the baby is born after the due date, the leave after the birth stays complete. At least 8 weeks off work are compulsory, including 6 after the birth.</translation>
        </message>
        <message>
            <source>Les travailleuses indépendantes ont des règles proches mais différentes : renseignez-vous auprès de votre caisse.</source>
            <extracomment>From resources/rules/leave.toml: rule[0].advice</extracomment>
            <translation>Self-employed women have similar but different rules: ask your insurance fund (caisse).</translation>
        </message>
        <message>
            <source>Votre employeur et votre caisse d'assurance maladie (la déclaration de grossesse suffit à ouvrir le droit)</source>
            <extracomment>From resources/rules/leave.toml: rule[0].whom</extracomment>
            <translation type="vanished">Your employer and your health insurance fund (the pregnancy declaration is enough to open the right)</translation>
        </message>
        <message>
            <source>Congé pathologique avant la naissance</source>
            <extracomment>From resources/rules/leave.toml: rule[1].title</extracomment>
            <translation>Pregnancy-related sick leave before the birth</translation>
        </message>
        <message>
            <source>Sur prescription, en cas d'état pathologique lié à la grossesse : jusqu'à 2 semaines (ici %1 jours) avant le congé de maternité, indemnisées comme lui. Ils peuvent être pris en plusieurs fois, dès la déclaration de grossesse.</source>
            <extracomment>From resources/rules/leave.toml: rule[1].explanation</extracomment>
            <translation>On prescription, if there is a medical condition linked to the pregnancy: up to 2 weeks (here %1 days) before maternity leave, paid like maternity leave. They can be taken in several parts, from the pregnancy declaration onwards.</translation>
        </message>
        <message>
            <source>Médecin ou sage-femme qui vous suit</source>
            <extracomment>From resources/rules/leave.toml: rule[1].whom</extracomment>
            <translation>The doctor or midwife who follows your pregnancy</translation>
        </message>
        <message>
            <source>Congé pathologique après la naissance</source>
            <extracomment>From resources/rules/leave.toml: rule[2].title</extracomment>
            <translation>Childbirth-related sick leave after the birth</translation>
        </message>
        <message>
            <source>Sur prescription, en cas d'état pathologique lié à l'accouchement : jusqu'à 4 semaines (ici %1 jours) juste après le congé de maternité, indemnisées comme un arrêt maladie.</source>
            <extracomment>From resources/rules/leave.toml: rule[2].explanation</extracomment>
            <translation>On prescription, if there is a medical condition linked to the birth: up to 4 weeks (here %1 days) straight after maternity leave, paid like sick leave.</translation>
        </message>
        <message>
            <source>Prévenir l'employeur du congé de paternité</source>
            <extracomment>From resources/rules/leave.toml: rule[3].title</extracomment>
            <translation>Tell the employer about paternity leave</translation>
        </message>
        <message>
            <source>Le second parent salarié informe son employeur de la date prévue de l'accouchement au moins un mois avant, puis des dates de chaque période de congé au moins un mois avant qu'elle commence.</source>
            <extracomment>From resources/rules/leave.toml: rule[3].explanation</extracomment>
            <translation>The second parent, if employed, tells their employer the expected due date at least one month before, then the dates of each period of leave at least one month before it starts.</translation>
        </message>
        <message>
            <source>Un courrier ou un courriel daté à l'employeur, avec la date prévue de l'accouchement</source>
            <extracomment>From resources/rules/leave.toml: rule[3].to_bring</extracomment>
            <translation>A dated letter or email to the employer, with the expected due date</translation>
        </message>
        <message>
            <source>Congé de naissance (3 jours)</source>
            <extracomment>From resources/rules/leave.toml: rule[4].title</extracomment>
            <translation>Birth leave (3 days)</translation>
        </message>
        <message>
            <source>3 jours ouvrables payés par l'employeur, obligatoires, qui commencent le jour de la naissance ou le premier jour ouvrable suivant, au choix du salarié. Les dimanches et les jours fériés ne comptent pas.</source>
            <extracomment>From resources/rules/leave.toml: rule[4].explanation</extracomment>
            <translation>3 jours ouvrables (in French law, every day of the week except Sundays and public holidays) paid by the employer, compulsory, starting on the day of birth or on the next jour ouvrable, as the employee chooses. Sundays and public holidays do not count.</translation>
        </message>
        <message>
            <source>L'acte de naissance ou une copie du livret de famille, pour l'employeur</source>
            <extracomment>From resources/rules/leave.toml: rule[4].to_bring</extracomment>
            <translation>The birth certificate (acte de naissance) or a copy of the family record book (livret de famille), for the employer</translation>
        </message>
        <message>
            <source>Congé de paternité : 4 jours obligatoires</source>
            <extracomment>From resources/rules/leave.toml: rule[5].title</extracomment>
            <translation>Paternity leave: 4 compulsory days</translation>
        </message>
        <message>
            <source>4 jours calendaires obligatoires juste après le congé de naissance (%1 jours ici). Si le bébé est hospitalisé dès la naissance, cette période est prolongée pendant l'hospitalisation, jusqu'à 30 jours.</source>
            <extracomment>From resources/rules/leave.toml: rule[5].explanation</extracomment>
            <translation>4 compulsory calendar days straight after birth leave (%1 days here). If the baby is in hospital from birth, this period is extended for the hospital stay, up to 30 days.</translation>
        </message>
        <message>
            <source>Votre employeur ; la caisse d'assurance maladie verse les indemnités</source>
            <extracomment>From resources/rules/leave.toml: rule[5].whom</extracomment>
            <translation>Your employer; the health insurance fund pays the allowances</translation>
        </message>
        <message>
            <source>L'acte de naissance ; un bulletin d'hospitalisation du bébé s'il y a lieu</source>
            <extracomment>From resources/rules/leave.toml: rule[5].to_bring</extracomment>
            <translation>The birth certificate (acte de naissance); a hospital certificate for the baby if needed</translation>
        </message>
        <message>
            <source>Congé de paternité : les jours restants</source>
            <extracomment>From resources/rules/leave.toml: rule[6].title</extracomment>
            <translation>Paternity leave: the remaining days</translation>
        </message>
        <message>
            <source>Les %1 jours calendaires restants du congé de paternité et d'accueil de l'enfant se prennent en une ou deux fois (au moins 5 jours chacune), à terminer au plus tard à la fin de la période indiquée. Prévenez l'employeur un mois avant chaque période.</source>
            <extracomment>From resources/rules/leave.toml: rule[6].explanation</extracomment>
            <translation>The remaining %1 calendar days of paternity and childcare leave are taken in one or two parts (at least 5 days each), to be finished at the latest by the end of the period shown. Tell the employer one month before each period.</translation>
        </message>
        <message>
            <source>Votre employeur</source>
            <extracomment>From resources/rules/leave.toml: rule[6].whom</extracomment>
            <translation>Your employer</translation>
        </message>
        <message>
            <source>Congé supplémentaire de naissance</source>
            <extracomment>From resources/rules/leave.toml: rule[7].title</extracomment>
            <translation>Additional birth leave</translation>
        </message>
        <message>
            <source>Nouveau depuis la loi de financement de la sécurité sociale pour 2026 : pour un enfant né à partir du 1er janvier 2026, chaque parent peut prendre 1 ou 2 mois, en une ou deux fois, après avoir épuisé son congé de maternité ou de paternité, et pas avant le 1er juillet 2026. La fin de la période (annoncée aux 9 mois de l'enfant, ou fin 2026 pour les enfants nés jusqu'au 31 mai 2026) et le montant de l'indemnité dépendent d'un décret : vérifiez auprès de votre caisse.</source>
            <extracomment>From resources/rules/leave.toml: rule[7].explanation</extracomment>
            <translation type="vanished">New since the social security financing law for 2026: for a child born on or after 1 January 2026, each parent can take 1 or 2 months, in one or two parts, after using up their maternity or paternity leave, and not before 1 July 2026. The end of the period (announced as when the child turns 9 months, or the end of 2026 for children born up to 31 May 2026) and the amount of the allowance depend on a decree: check with your insurance fund.</translation>
        </message>
        <message>
            <source>Votre employeur (préavis d'au moins 15 jours à 1 mois, fixé par décret) et votre caisse d'assurance maladie</source>
            <extracomment>From resources/rules/leave.toml: rule[7].whom</extracomment>
            <translation type="vanished">Your employer (notice of at least 15 days to 1 month, set by decree) and your health insurance fund</translation>
        </message>
        <message>
            <source>Rentrée à l'école (instruction obligatoire)</source>
            <extracomment>From resources/rules/milestones.toml: rule[0].title</extracomment>
            <translation>Starting school (compulsory education)</translation>
        </message>
        <message>
            <source>L'instruction est obligatoire à partir de la rentrée de septembre de l'année civile des 3 ans de l'enfant. Inscrivez-le d'abord à la mairie, puis à l'école, au printemps précédent.</source>
            <extracomment>From resources/rules/milestones.toml: rule[0].explanation</extracomment>
            <translation>Education is compulsory from the start of the school year in September of the calendar year in which the child turns 3. Enrol the child first at the town hall, then at the school, in the spring before.</translation>
        </message>
        <message>
            <source>La mairie (inscription), puis l'école</source>
            <extracomment>From resources/rules/milestones.toml: rule[0].whom</extracomment>
            <translation>The town hall (enrolment), then the school</translation>
        </message>
        <message>
            <source>Livret de famille ou acte de naissance, justificatif de domicile, carnet de santé (vaccins à jour)</source>
            <extracomment>From resources/rules/milestones.toml: rule[0].to_bring</extracomment>
            <translation>Family record book (livret de famille) or birth certificate, proof of address, health record book (vaccines up to date)</translation>
        </message>
        <message>
            <source>Les 1000 premiers jours</source>
            <extracomment>From resources/rules/milestones.toml: rule[1].title</extracomment>
            <translation>The first 1000 days</translation>
        </message>
        <message>
            <source>Les 1000 premiers jours vont du 4e mois de grossesse aux 2 ans de l'enfant : une période clé pour sa santé et son développement, et pour les parents.</source>
            <extracomment>From resources/rules/milestones.toml: rule[1].explanation</extracomment>
            <translation>The first 1000 days run from the 4th month of pregnancy to the child’s 2nd birthday: a key period for the child’s health and development, and for the parents.</translation>
        </message>
        <message>
            <source>La PMI ou la Maison des 1000 premiers jours près de chez vous</source>
            <extracomment>From resources/rules/milestones.toml: rule[1].whom</extracomment>
            <translation>The PMI (mother and child health centre) or the Maison des 1000 premiers jours near you</translation>
        </message>
        <message>
            <source>1er examen prénatal</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[0].title</extracomment>
            <translation>1st prenatal examination</translation>
        </message>
        <message>
            <source>Le premier des 7 examens prénataux obligatoires, avant la fin du 3e mois de grossesse. Le médecin ou la sage-femme confirme la grossesse, prescrit les premières analyses de sang et remplit la déclaration de grossesse.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[0].explanation</extracomment>
            <translation>The first of the 7 compulsory prenatal examinations, before the end of the 3rd month of pregnancy. The doctor or midwife confirms the pregnancy, prescribes the first blood tests and fills in the déclaration de grossesse (pregnancy declaration).</translation>
        </message>
        <message>
            <source>Médecin (généraliste ou gynécologue) ou sage-femme, en cabinet, à l'hôpital ou en PMI</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[0].whom</extracomment>
            <translation>Doctor (GP or gynaecologist) or midwife, at a practice, at the hospital or at the PMI</translation>
        </message>
        <message>
            <source>Carte Vitale, date des dernières règles, traitements en cours, carnet de vaccination</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[0].to_bring</extracomment>
            <translation>Carte Vitale (health insurance card), date of the last period, current treatments, vaccination record</translation>
        </message>
        <message>
            <source>2e examen prénatal (4e mois)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[1].title</extracomment>
            <translation>2nd prenatal examination (4th month)</translation>
        </message>
        <message>
            <source>Examen prénatal obligatoire du 4e mois de grossesse, pris en charge à 100 %.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[1].explanation</extracomment>
            <translation>Compulsory prenatal examination of the 4th month of pregnancy, fully covered (100 %).</translation>
        </message>
        <message>
            <source>Carte Vitale, résultats des analyses</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[1].to_bring; resources/rules/pregnancy.toml: rule[3].to_bring; resources/rules/pregnancy.toml: rule[4].to_bring</extracomment>
            <translation>Carte Vitale (health insurance card), test results</translation>
        </message>
        <message>
            <source>3e examen prénatal (5e mois)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[2].title</extracomment>
            <translation>3rd prenatal examination (5th month)</translation>
        </message>
        <message>
            <source>Examen prénatal obligatoire du 5e mois de grossesse, pris en charge à 100 %.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[2].explanation</extracomment>
            <translation>Compulsory prenatal examination of the 5th month of pregnancy, fully covered (100 %).</translation>
        </message>
        <message>
            <source>Carte Vitale, résultats des analyses et de l'échographie</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[2].to_bring</extracomment>
            <translation>Carte Vitale (health insurance card), results of the tests and of the ultrasound scan</translation>
        </message>
        <message>
            <source>4e examen prénatal (6e mois)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[3].title</extracomment>
            <translation>4th prenatal examination (6th month)</translation>
        </message>
        <message>
            <source>Examen prénatal obligatoire du 6e mois de grossesse. Une prise de sang recherche l'hépatite B et vérifie la numération sanguine.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[3].explanation</extracomment>
            <translation>Compulsory prenatal examination of the 6th month of pregnancy. A blood test looks for hepatitis B and checks the blood count.</translation>
        </message>
        <message>
            <source>5e examen prénatal (7e mois)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[4].title</extracomment>
            <translation>5th prenatal examination (7th month)</translation>
        </message>
        <message>
            <source>Examen prénatal obligatoire du 7e mois de grossesse, pris en charge à 100 %.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[4].explanation</extracomment>
            <translation>Compulsory prenatal examination of the 7th month of pregnancy, fully covered (100 %).</translation>
        </message>
        <message>
            <source>6e examen prénatal (8e mois)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[5].title</extracomment>
            <translation>6th prenatal examination (8th month)</translation>
        </message>
        <message>
            <source>Examen prénatal obligatoire du 8e mois de grossesse. C'est aussi le mois de la consultation avec l'anesthésiste.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[5].explanation</extracomment>
            <translation>Compulsory prenatal examination of the 8th month of pregnancy. It is also the month of the consultation with the anaesthetist.</translation>
        </message>
        <message>
            <source>Médecin ou sage-femme, souvent à la maternité choisie</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[5].whom</extracomment>
            <translation>Doctor or midwife, often at the chosen maternity unit</translation>
        </message>
        <message>
            <source>Carte Vitale, dossier de grossesse</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[5].to_bring; resources/rules/pregnancy.toml: rule[6].to_bring</extracomment>
            <translation>Carte Vitale (health insurance card), pregnancy file</translation>
        </message>
        <message>
            <source>7e examen prénatal (9e mois)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[6].title</extracomment>
            <translation>7th prenatal examination (9th month)</translation>
        </message>
        <message>
            <source>Dernier examen prénatal obligatoire, au 9e mois de grossesse, en général à la maternité.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[6].explanation</extracomment>
            <translation>Last compulsory prenatal examination, in the 9th month of pregnancy, usually at the maternity unit.</translation>
        </message>
        <message>
            <source>Médecin ou sage-femme de la maternité</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[6].whom</extracomment>
            <translation>Doctor or midwife at the maternity unit</translation>
        </message>
        <message>
            <source>Déclarer la grossesse</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[7].title</extracomment>
            <translation>Declare the pregnancy</translation>
        </message>
        <message>
            <source>La déclaration de grossesse doit parvenir à l'Assurance Maladie et à la Caf dans les 14 premières semaines de grossesse. Le médecin ou la sage-femme la fait en ligne lors du 1er examen prénatal.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[7].explanation</extracomment>
            <translation>The déclaration de grossesse (pregnancy declaration) must reach the Assurance Maladie (health insurance) and the Caf (family allowances fund) within the first 14 weeks of pregnancy (counted from conception). The doctor or midwife sends it online at the 1st prenatal examination.</translation>
        </message>
        <message>
            <source>Conseil : faites-la dès le 1er examen, avant la fin du 3e mois de grossesse.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[7].advice</extracomment>
            <translation>Tip: do it at the 1st examination, before the end of the 3rd month of pregnancy.</translation>
        </message>
        <message>
            <source>Médecin ou sage-femme du 1er examen prénatal</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[7].whom</extracomment>
            <translation>Doctor or midwife of the 1st prenatal examination</translation>
        </message>
        <message>
            <source>Carte Vitale</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[7].to_bring</extracomment>
            <translation>Carte Vitale (health insurance card)</translation>
        </message>
        <message>
            <source>Entretien prénatal précoce</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[8].title</extracomment>
            <translation>Early prenatal interview</translation>
        </message>
        <message>
            <source>Un temps d'échange obligatoire, seule ou en couple, pour parler de la grossesse, de vos besoins et de l'arrivée du bébé. Il est conseillé dès le 4e mois, mais il n'est jamais trop tard.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[8].explanation</extracomment>
            <translation>A compulsory time to talk, alone or as a couple, about the pregnancy, your needs and the baby’s arrival. It is advised from the 4th month, but it is never too late.</translation>
        </message>
        <message>
            <source>Sage-femme ou médecin, en libéral ou en PMI</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[8].whom</extracomment>
            <translation>Midwife or doctor, in private practice or at the PMI</translation>
        </message>
        <message>
            <source>1re échographie (vers 12 SA)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[9].title</extracomment>
            <translation>1st ultrasound scan (around 12 weeks)</translation>
        </message>
        <message>
            <source>Échographie recommandée du 1er trimestre, entre 11 SA et 13 SA + 6 j. Elle date précisément la grossesse : la date de début de grossesse qu'elle donne sert pour tout le suivi.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[9].explanation</extracomment>
            <translation>Recommended scan of the 1st trimester, between 11 weeks and 13 weeks + 6 days of amenorrhoea (SA, counted from the last period). It dates the pregnancy precisely: the pregnancy start date it gives is used for all the follow-up.</translation>
        </message>
        <message>
            <source>Échographiste (médecin ou sage-femme)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[9].whom; resources/rules/pregnancy.toml: rule[10].whom; resources/rules/pregnancy.toml: rule[11].whom</extracomment>
            <translation>Sonographer (doctor or midwife)</translation>
        </message>
        <message>
            <source>Carte Vitale, ordonnance</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[9].to_bring</extracomment>
            <translation>Carte Vitale (health insurance card), prescription</translation>
        </message>
        <message>
            <source>2e échographie (vers 22 SA)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[10].title</extracomment>
            <translation>2nd ultrasound scan (around 22 weeks)</translation>
        </message>
        <message>
            <source>Échographie recommandée du 2e trimestre, vers 22 SA (entre 20 SA et 24 SA + 6 j) : elle vérifie la croissance et l'anatomie du bébé.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[10].explanation</extracomment>
            <translation>Recommended scan of the 2nd trimester, around 22 weeks of amenorrhoea (SA) (between 20 weeks and 24 weeks + 6 days): it checks the baby’s growth and anatomy.</translation>
        </message>
        <message>
            <source>Carte Vitale, ordonnance, compte rendu de la 1re échographie</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[10].to_bring</extracomment>
            <translation>Carte Vitale (health insurance card), prescription, report of the 1st scan</translation>
        </message>
        <message>
            <source>3e échographie (vers 32 SA)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[11].title</extracomment>
            <translation>3rd ultrasound scan (around 32 weeks)</translation>
        </message>
        <message>
            <source>Échographie recommandée du 3e trimestre, vers 32 SA (entre 30 SA et 34 SA + 6 j) : elle vérifie la croissance et la position du bébé.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[11].explanation</extracomment>
            <translation>Recommended scan of the 3rd trimester, around 32 weeks of amenorrhoea (SA) (between 30 weeks and 34 weeks + 6 days): it checks the baby’s growth and position.</translation>
        </message>
        <message>
            <source>Carte Vitale, ordonnance, comptes rendus des échographies précédentes</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[11].to_bring</extracomment>
            <translation>Carte Vitale (health insurance card), prescription, reports of the previous scans</translation>
        </message>
        <message>
            <source>Prise en charge à 100 % de tous les soins</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[12].title</extracomment>
            <translation>All care covered at 100 %</translation>
        </message>
        <message>
            <source>Du 1er jour du 6e mois de grossesse au 12e jour après l'accouchement, l'Assurance Maladie rembourse à 100 % tous les soins remboursables, même sans lien avec la grossesse.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[12].explanation</extracomment>
            <translation>From the 1st day of the 6th month of pregnancy to the 12th day after the birth, the Assurance Maladie (health insurance) refunds 100 % of all refundable care, even if it is not linked to the pregnancy.</translation>
        </message>
        <message>
            <source>Consultation d'anesthésie (8e mois)</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[13].title</extracomment>
            <translation>Anaesthesia consultation (8th month)</translation>
        </message>
        <message>
            <source>Consultation avec l'anesthésiste de la maternité au 8e mois, qu'une péridurale soit prévue ou non. Elle est prise en charge à 100 %.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[13].explanation</extracomment>
            <translation>Consultation with the maternity unit’s anaesthetist in the 8th month, whether or not an epidural is planned. It is fully covered (100 %).</translation>
        </message>
        <message>
            <source>Anesthésiste de la maternité</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[13].whom</extracomment>
            <translation>Anaesthetist at the maternity unit</translation>
        </message>
        <message>
            <source>Carte Vitale, résultats des analyses, liste des traitements et allergies</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[13].to_bring</extracomment>
            <translation>Carte Vitale (health insurance card), test results, list of treatments and allergies</translation>
        </message>
        <message>
            <source>Bilan bucco-dentaire offert</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[14].title</extracomment>
            <translation>Free dental check-up</translation>
        </message>
        <message>
            <source>Méningocoque B (1re dose). Les vaccins contre les méningocoques B et A, C, W, Y sont obligatoires depuis le 1er janvier 2025 ; pour entrer en crèche, chez une assistante maternelle ou à l'école, ils sont aussi demandés pour les enfants nés à partir de juillet 2023, avec des doses de rattrapage si besoin. Ces vaccins sont obligatoires pour entrer en crèche, chez une assistante maternelle ou à l'école.</source>
            <extracomment>From resources/rules/vaccines.toml: rule[1].explanation</extracomment>
            <translation>Meningococcus B (1st dose). Vaccines against meningococcus B and A, C, W, Y have been compulsory since 1 January 2025; for entry to a crèche, a childminder or school, they are also required for children born from July 2023, with catch-up doses if needed. These vaccines are compulsory for entry to a crèche, a childminder or school.</translation>
        </message>
        <message>
            <source>Un examen de prévention chez le dentiste est pris en charge à 100 % à partir du 4e mois de grossesse. Les changements de la grossesse fragilisent les gencives : mieux vaut le faire avant l'accouchement.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[14].explanation</extracomment>
            <translation type="vanished">A preventive check-up at the dentist is fully covered (100 %) from the 4th month of pregnancy. The changes of pregnancy make the gums more fragile: it is better to have it before the birth.</translation>
        </message>
        <message>
            <source>Chirurgien-dentiste</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[14].whom</extracomment>
            <translation>Dentist</translation>
        </message>
        <message>
            <source>Carte Vitale, l'invitation de l'Assurance Maladie si vous l'avez reçue</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[14].to_bring</extracomment>
            <translation>Carte Vitale (health insurance card), the invitation from the Assurance Maladie if you received it</translation>
        </message>
        <message>
            <source>Vaccins des 2 mois</source>
            <extracomment>From resources/rules/vaccines.toml: rule[0].title</extracomment>
            <translation>2-month vaccines</translation>
        </message>
        <message>
            <source>Diphtérie, tétanos, coqueluche, poliomyélite, Haemophilus influenzae b, hépatite B (vaccin hexavalent, 1re dose) et pneumocoque (1re dose). Le vaccin contre le rotavirus, recommandé, peut commencer à cet âge. Ces vaccins sont obligatoires pour entrer en crèche, chez une assistante maternelle ou à l'école.</source>
            <extracomment>From resources/rules/vaccines.toml: rule[0].explanation</extracomment>
            <translation>Diphtheria, tetanus, whooping cough, polio, Haemophilus influenzae b, hepatitis B (6-in-1 vaccine, 1st dose) and pneumococcus (1st dose). The rotavirus vaccine, which is recommended, can start at this age. These vaccines are compulsory to start at a nursery (crèche), with a childminder or at school.</translation>
        </message>
        <message>
            <source>Médecin, pédiatre, PMI ou sage-femme (et pharmacien ou infirmier sur prescription)</source>
            <extracomment>From resources/rules/vaccines.toml: defaults.whom</extracomment>
            <translation>Doctor, paediatrician, PMI or midwife (and pharmacist or nurse with a prescription)</translation>
        </message>
        <message>
            <source>Votre employeur : prévenez-le de votre grossesse et des dates de votre congé (lettre recommandée ou remise en main propre). Votre caisse d'assurance maladie verse les indemnités journalières si vous remplissez ses conditions (durée d'affiliation et heures travaillées ou salaire).</source>
            <extracomment>From resources/rules/leave.toml: rule[0].whom</extracomment>
            <translation>Your employer: tell them about your pregnancy and the dates of your leave (registered letter or letter handed over in person). Your health insurance fund pays the daily allowances if you meet its conditions (length of membership and hours worked or salary).</translation>
        </message>
        <message>
            <source>Pour un enfant né à partir du 1er janvier 2026 (ou né avant mais attendu à partir de cette date), chaque parent salarié peut prendre 1 ou 2 mois de congé, en une fois ou en deux périodes d'un mois, après avoir pris son congé de maternité ou de paternité, et jamais avant le 1er juillet 2026. Enfant né entre le 1er janvier et le 30 juin 2026 (ou né avant mais attendu en 2026) : à prendre entre le 1er juillet 2026 et le 31 mars 2027. Enfant né à partir du 1er juillet 2026 : à prendre dans les 9 mois après la naissance. La période indiquée commence le premier jour où l'un des parents a fini son congé. L'employeur ne peut pas refuser.</source>
            <extracomment>From resources/rules/leave.toml: rule[7].explanation</extracomment>
            <translation>For a child born on or after 1 January 2026 (or born earlier but due on or after that date), each salaried parent can take 1 or 2 months of leave, in one go or in two periods of one month, after taking their maternity or paternity leave, and never before 1 July 2026. Child born between 1 January and 30 June 2026 (or born earlier but due in 2026): to be taken between 1 July 2026 and 31 March 2027. Child born on or after 1 July 2026: to be taken within 9 months of the birth. The period shown starts on the first day on which one of the parents has finished their leave. The employer cannot refuse.</translation>
        </message>
        <message>
            <source>Indemnités journalières de l'Assurance Maladie : 70 % du salaire net le 1er mois, 60 % le 2e mois, calculées sur un salaire limité au plafond de la sécurité sociale (4 005 € par mois en 2026). Votre convention collective peut prévoir mieux.</source>
            <extracomment>From resources/rules/leave.toml: rule[7].advice</extracomment>
            <translation>Daily allowances from the Assurance Maladie: 70% of the net salary in the 1st month, 60% in the 2nd month, calculated on a salary capped at the social security ceiling (€4,005 a month in 2026). Your collective agreement may provide more.</translation>
        </message>
        <message>
            <source>Votre employeur (lettre recommandée ou remise en main propre contre décharge) et votre caisse d'assurance maladie</source>
            <extracomment>From resources/rules/leave.toml: rule[7].whom</extracomment>
            <translation>Your employer (registered letter or letter handed over in person against a receipt) and your health insurance fund</translation>
        </message>
        <message>
            <source>Prévenir l'employeur du congé supplémentaire de naissance</source>
            <extracomment>From resources/rules/leave.toml: rule[8].title</extracomment>
            <translation>Tell your employer about the additional birth leave</translation>
        </message>
        <message>
            <source>Pour prendre le congé supplémentaire de naissance, informez votre employeur de la date de début et de la durée du congé (et, pour 2 mois, s'il est pris en une fois ou en deux) au moins 1 mois avant qu'il commence. Ce délai est de 15 jours seulement si le congé suit immédiatement le congé de paternité (ou d'adoption) et commence dans le mois qui suit la naissance. La date indiquée vaut pour un congé qui commence le premier jour possible ; s'il commence plus tard, prévenez 1 mois avant ce jour-là.</source>
            <extracomment>From resources/rules/leave.toml: rule[8].explanation</extracomment>
            <translation>To take the additional birth leave, tell your employer the start date and the length of the leave (and, for 2 months, whether it is taken in one go or in two) at least 1 month before it starts. This notice is only 15 days if the leave immediately follows the paternity (or adoption) leave and starts within the month after the birth. The date shown applies to leave starting on the earliest possible day; if it starts later, give notice 1 month before that day.</translation>
        </message>
        <message>
            <source>Une lettre recommandée avec accusé de réception, ou une lettre remise en main propre contre décharge</source>
            <extracomment>From resources/rules/leave.toml: rule[8].to_bring</extracomment>
            <translation>A registered letter with acknowledgement of receipt, or a letter handed over in person against a receipt</translation>
        </message>
        <message>
            <source>Un examen de prévention chez le dentiste est pris en charge à 100 %, du 4e mois de grossesse jusqu'au 6e mois après l'accouchement. Les changements de la grossesse fragilisent les gencives : c'est l'occasion de faire le point, et de parler des dents de votre enfant.</source>
            <extracomment>From resources/rules/pregnancy.toml: rule[14].explanation</extracomment>
            <translation>A preventive check-up at the dentist is covered at 100%, from the 4th month of pregnancy until the 6th month after the birth. Pregnancy makes the gums more fragile: it is a chance to take stock, and to talk about your child's teeth.</translation>
        </message>
        <message>
            <source>Vaccin des 3 mois</source>
            <extracomment>From resources/rules/vaccines.toml: rule[1].title</extracomment>
            <translation>3-month vaccine</translation>
        </message>
        <message>
            <source>Méningocoque B (1re dose), obligatoire pour les enfants nés depuis 2025. Ces vaccins sont obligatoires pour entrer en crèche, chez une assistante maternelle ou à l'école.</source>
            <extracomment>From resources/rules/vaccines.toml: rule[1].explanation</extracomment>
            <translation type="vanished">Meningococcus B (1st dose), compulsory for children born since 2025. These vaccines are compulsory to start at a nursery (crèche), with a childminder or at school.</translation>
        </message>
        <message>
            <source>Vaccins des 4 mois</source>
            <extracomment>From resources/rules/vaccines.toml: rule[2].title</extracomment>
            <translation>4-month vaccines</translation>
        </message>
        <message>
            <source>Vaccin hexavalent (2e dose) et pneumocoque (2e dose). Ces vaccins sont obligatoires pour entrer en crèche, chez une assistante maternelle ou à l'école.</source>
            <extracomment>From resources/rules/vaccines.toml: rule[2].explanation</extracomment>
            <translation>6-in-1 vaccine (2nd dose) and pneumococcus (2nd dose). These vaccines are compulsory to start at a nursery (crèche), with a childminder or at school.</translation>
        </message>
        <message>
            <source>Vaccin des 5 mois</source>
            <extracomment>From resources/rules/vaccines.toml: rule[3].title</extracomment>
            <translation>5-month vaccine</translation>
        </message>
        <message>
            <source>Méningocoque B (2e dose). Ces vaccins sont obligatoires pour entrer en crèche, chez une assistante maternelle ou à l'école.</source>
            <extracomment>From resources/rules/vaccines.toml: rule[3].explanation</extracomment>
            <translation>Meningococcus B (2nd dose). These vaccines are compulsory to start at a nursery (crèche), with a childminder or at school.</translation>
        </message>
        <message>
            <source>Vaccin des 6 mois</source>
            <extracomment>From resources/rules/vaccines.toml: rule[4].title</extracomment>
            <translation>6-month vaccine</translation>
        </message>
        <message>
            <source>Méningocoques A, C, W, Y (1re dose). Ces vaccins sont obligatoires pour entrer en crèche, chez une assistante maternelle ou à l'école.</source>
            <extracomment>From resources/rules/vaccines.toml: rule[4].explanation</extracomment>
            <translation>Meningococci A, C, W, Y (1st dose). These vaccines are compulsory to start at a nursery (crèche), with a childminder or at school.</translation>
        </message>
        <message>
            <source>Rappels des 11 mois</source>
            <extracomment>From resources/rules/vaccines.toml: rule[5].title</extracomment>
            <translation>11-month boosters</translation>
        </message>
        <message>
            <source>Rappels du vaccin hexavalent et du pneumocoque. Ces vaccins sont obligatoires pour entrer en crèche, chez une assistante maternelle ou à l'école.</source>
            <extracomment>From resources/rules/vaccines.toml: rule[5].explanation</extracomment>
            <translation>Boosters of the 6-in-1 vaccine and of pneumococcus. These vaccines are compulsory to start at a nursery (crèche), with a childminder or at school.</translation>
        </message>
        <message>
            <source>Vaccins des 12 mois</source>
            <extracomment>From resources/rules/vaccines.toml: rule[6].title</extracomment>
            <translation>12-month vaccines</translation>
        </message>
        <message>
            <source>Rougeole, oreillons, rubéole (1re dose), rappel méningocoques A, C, W, Y et rappel méningocoque B. Ces vaccins sont obligatoires pour entrer en crèche, chez une assistante maternelle ou à l'école.</source>
            <extracomment>From resources/rules/vaccines.toml: rule[6].explanation</extracomment>
            <translation>Measles, mumps, rubella (1st dose), meningococci A, C, W, Y booster and meningococcus B booster. These vaccines are compulsory to start at a nursery (crèche), with a childminder or at school.</translation>
        </message>
        <message>
            <source>Vaccin entre 16 et 18 mois</source>
            <extracomment>From resources/rules/vaccines.toml: rule[7].title</extracomment>
            <translation>Vaccine between 16 and 18 months</translation>
        </message>
        <message>
            <source>Rougeole, oreillons, rubéole (2e dose). Ces vaccins sont obligatoires pour entrer en crèche, chez une assistante maternelle ou à l'école.</source>
            <extracomment>From resources/rules/vaccines.toml: rule[7].explanation</extracomment>
            <translation>Measles, mumps, rubella (2nd dose). These vaccines are compulsory to start at a nursery (crèche), with a childminder or at school.</translation>
        </message>
        <message>
            <source>Vaccin contre le rotavirus (recommandé)</source>
            <extracomment>From resources/rules/vaccines.toml: rule[8].title</extracomment>
            <translation>Rotavirus vaccine (recommended)</translation>
        </message>
        <message>
            <source>Recommandé, non obligatoire : 2 ou 3 doses à avaler, à partir de 6 semaines, à 2, 3 (et 4) mois. La 1re dose se donne au plus tard à 4 mois ; il protège des gastro-entérites graves du nourrisson.</source>
            <extracomment>From resources/rules/vaccines.toml: rule[8].explanation</extracomment>
            <translation>Recommended, not compulsory: 2 or 3 doses by mouth, from 6 weeks, at 2, 3 (and 4) months. The 1st dose is given at 4 months at the latest; it protects against severe gastroenteritis in babies.</translation>
        </message>
        <message>
            <source>Médecin, pédiatre ou PMI</source>
            <extracomment>From resources/rules/vaccines.toml: rule[8].whom</extracomment>
            <translation>Doctor, paediatrician or PMI</translation>
        </message>
    </context>
    <context>
        <name>SampleFamilyCard</name>
        <message>
            <location filename="../src/parcours_app/ui/reception.py" line="-92" />
            <source>Explorer ce parcours</source>
            <translation>Explore this journey</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Explorer le parcours : %1</source>
            <translation>Explore the journey: %1</translation>
        </message>
    </context>
    <context>
        <name>SelectionBox</name>
        <message>
            <location filename="../src/parcours_app/ui/export_dialogs.py" line="-389" />
            <source>Que garder ?</source>
            <translation>What to keep?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Tout le parcours</source>
            <translation>The &amp;whole journey</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Les étapes &amp;obligatoires seulement</source>
            <translation>Only the &amp;compulsory steps</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Les étapes d’un &amp;enfant :</source>
            <translation>The steps of one c&amp;hild:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tout le parcours</source>
            <translation>The whole journey</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Les étapes obligatoires seulement</source>
            <translation>Only the compulsory steps</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Les étapes d’un enfant</source>
            <translation>The steps of one child</translation>
        </message>
        <message>
            <location line="+2" />
            <source>le bébé attendu</source>
            <translation>the expected baby</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enfant</source>
            <translation>Child</translation>
        </message>
        <message>
            <location line="+1" />
            <source>L’enfant dont les examens, vaccins et étapes sont gardés</source>
            <translation>The child whose examinations, vaccines and steps are kept</translation>
        </message>
    </context>
    <context>
        <name>SelfTestDialogs</name>
        <message>
            <location filename="../src/parcours_app/ui/selftest/common.py" line="+37" />
            <source>Enregistrer le résumé en PDF</source>
            <translation>Save the summary as PDF</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Document PDF (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Imprimer le résumé</source>
            <translation>Print the summary</translation>
        </message>
    </context>
    <context>
        <name>SelfTestPage</name>
        <message>
            <location filename="../src/parcours_app/ui/selftest/selftest_page.py" line="+286" />
            <source>Questionnaire indisponible</source>
            <translation>Questionnaire not available</translation>
        </message>
        <message>
            <location line="+63" />
            <source>Besoin d'aide maintenant ?</source>
            <translation>Need help now?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Besoin d'aide maintenant ? Ouvrir les numéros d'urgence et d'écoute</source>
            <translation>Need help now? Open the emergency numbers and support lines</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Numéros d'urgence et d'écoute : 3114, 15, 112 et d'autres</source>
            <translation>Emergency numbers and support lines: 3114, 15, 112 and others</translation>
        </message>
    </context>
    <context>
        <name>SessionPinDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/reception.py" line="-187" />
            <location line="+18" />
            <source>Code du personnel pour cette session</source>
            <translation>Staff code for this session</translation>
        </message>
        <message>
            <location line="-15" />
            <source>Aucun code du personnel n'est enregistré sur ce poste : choisissez-en un pour cette session (4 à 8 chiffres). Il n'est gardé qu'en mémoire.</source>
            <translation>No staff code is saved on this computer: choose one for this session (4 to 8 digits). It is kept in memory only.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Code (4 à 8 chiffres) :</source>
            <translation>&amp;Code (4 to 8 digits):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Con&amp;firmer le code :</source>
            <translation>Con&amp;firm the code:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Confirmer le code du personnel</source>
            <translation>Confirm the staff code</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Démarrer l'accueil</source>
            <translation>Start reception</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Quitter</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Les deux codes ne sont pas identiques. Tapez-les à nouveau.</source>
            <translation>The two codes are not the same. Please type them again.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/settings_dialog.py" line="+212" />
            <source>Le nouveau dossier sera utilisé au prochain démarrage. Vos données actuelles restent dans l'ancien dossier : copiez le fichier parcours.sqlite si vous voulez les emporter.</source>
            <translation>The new folder will be used the next time the application starts. Your current data stays in the old folder: copy the file parcours.sqlite if you want to take it with you.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Paramètres</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Affichage</source>
            <translation>Display</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rappels</source>
            <translation>Reminders</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Données</source>
            <translation>Data</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Langue :</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Taille du texte :</source>
            <translation>&amp;Text size:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>T&amp;hème :</source>
            <translation>T&amp;heme:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clair</source>
            <translation>Light</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sombre</source>
            <translation>Dark</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contraste élevé</source>
            <translation>High contrast</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Une &amp;heure avant un rendez-vous</source>
            <translation>One h&amp;our before an appointment</translation>
        </message>
        <message>
            <location line="+1" />
            <source>La &amp;veille (rendez-vous et dates limites)</source>
            <translation>The day &amp;before (appointments and deadlines)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Une se&amp;maine avant (rendez-vous et dates limites)</source>
            <translation>One w&amp;eek before (appointments and deadlines)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Garder l'application dans la zone de &amp;notification quand je la ferme</source>
            <translation>Keep the application in the &amp;notification area when I close it</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Démarrer à l'ouverture de session</source>
            <translation>&amp;Start when I log in</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sur macOS : Réglages système &gt; Général &gt; Ouverture, ajoutez Parcours 1000 jours.</source>
            <translation>On macOS: System Settings &gt; General &gt; Login Items, add Parcours 1000 jours.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Dossier des données :</source>
            <translation>&amp;Data folder:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Choisir…</source>
            <translation>&amp;Choose…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Choisir le dossier des données</source>
            <translation>Choose the data folder</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Vos données restent sur cet ordinateur, lisibles par vous seul.</source>
            <translation>Your data stays on this computer, readable only by you.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Supprimer toutes les données…</source>
            <translation>Delete &amp;all data…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Supprimer toutes les données de la famille</source>
            <translation>Delete all the family’s data</translation>
        </message>
    </context>
    <context>
        <name>StaffPin</name>
        <message>
            <source>Le code du personnel doit avoir de 4 à 8 chiffres.</source>
            <extracomment>From src/parcours_app/core/staff_pin.py:31</extracomment>
            <translation>The staff code must have 4 to 8 digits.</translation>
        </message>
    </context>
    <context>
        <name>StaffPinDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/reception.py" line="+31" />
            <source>Réservé au personnel</source>
            <translation>Staff only</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Code du personnel</source>
            <translation>Staff code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Code du personnel :</source>
            <translation>Staff &amp;code:</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Code incorrect. Nouvel essai possible dans %1 s.</source>
            <translation>Wrong code. You can try again in %1 s.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Entrez le code du personnel.</source>
            <translation>Enter the staff code.</translation>
        </message>
    </context>
    <context>
        <name>StageTimeline</name>
        <message>
            <location filename="../src/parcours_app/ui/journey/timeline.py" line="+55" />
            <source>Frise des étapes</source>
            <translation>Timeline of the stages</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Aucune grossesse ni aucun enfant pour l'instant.</source>
            <translation>No pregnancy and no child yet.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Aujourd'hui : %1.</source>
            <translation>Today: %1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Aujourd'hui : avant la grossesse.</source>
            <translation>Today: before the pregnancy.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Aujourd'hui : après les 3 ans de l'enfant.</source>
            <translation>Today: after the child’s 3rd birthday.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Naissance prévue le %1.</source>
            <translation>Birth expected on %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Naissance le %1.</source>
            <translation>Birth on %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Les 1000 premiers jours vont du %1 au %2.</source>
            <translation>The first 1000 days run from %1 to %2.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Étape choisie : %1, du %2 au %3.</source>
            <translation>Chosen stage: %1, from %2 to %3.</translation>
        </message>
        <message>
            <location line="+109" />
            <source>● Naissance prévue le %1</source>
            <translation>● Birth expected on %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>● Naissance le %1</source>
            <translation>● Birth on %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Grossesse (mois)</source>
            <translation>Pregnancy (months)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Âge de l'enfant</source>
            <translation>Child’s age</translation>
        </message>
        <message>
            <location line="+72" />
            <source>Les 1000 premiers jours</source>
            <translation>The first 1000 days</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Aujourd'hui</source>
            <translation>Today</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <location filename="../src/parcours_app/ui/selftest/selftest_page.py" line="-193" />
            <source>Présentation du questionnaire</source>
            <translation>About the questionnaire</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Questionnaire : comment vous sentez-vous pendant la grossesse ?</source>
            <translation>Questionnaire: how have you been feeling during the pregnancy?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ce questionnaire de 10 questions (l'échelle d'Édimbourg, EPDS) aide aussi à repérer une dépression pendant la grossesse : il a été validé auprès de femmes enceintes, avec les mêmes seuils qu'après la naissance. Il porte sur les 7 derniers jours et prend quelques minutes. Vous pouvez l'arrêter à tout moment.</source>
            <translation>This 10-question questionnaire (the Edinburgh scale, EPDS) also helps to spot depression during pregnancy: it has been validated with pregnant women, with the same cut-offs as after the birth. It covers the last 7 days and takes a few minutes. You can stop at any time.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Questionnaire : comment vous sentez-vous depuis la naissance ?</source>
            <translation>Questionnaire: how have you been feeling since the birth?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ce questionnaire de 10 questions (l'échelle d'Édimbourg, EPDS) aide à repérer une dépression après la naissance, qui touche une mère sur six environ et près d'un père sur dix. Il porte sur les 7 derniers jours et prend quelques minutes. Vous pouvez l'arrêter à tout moment.</source>
            <translation>This 10-question questionnaire (the Edinburgh scale, EPDS) helps to spot depression after the birth, which affects about one mother in six and nearly one father in ten. It is about the past 7 days and takes a few minutes. You can stop it at any time.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+1" />
            <source>Qui répond ?</source>
            <translation>Who is answering?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>La future mère (la personne enceinte)</source>
            <translation>The mother-to-be (the pregnant person)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>La mère (la personne qui a accouché)</source>
            <translation>The mother (the person who gave birth)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>L'autre parent, questions au masculin (« je me suis senti »)</source>
            <translation>The other parent, male wording in French (“je me suis senti”)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>L'autre parent, questions au féminin (« je me suis sentie »)</source>
            <translation>The other parent, female wording in French (“je me suis sentie”)</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+1" />
            <source>Langue du questionnaire</source>
            <translation>Language of the questionnaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Français (version validée, Guedeney et Fermanian, 1998)</source>
            <translation>French (validated version, Guedeney and Fermanian, 1998)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English (original version, Cox, Holden and Sagovsky, 1987)</source>
            <translation>English (original version: Cox, Holden and Sagovsky, 1987)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Le questionnaire n'existe ici qu'en français et en anglais, les deux versions validées par des études publiées : une traduction non validée changerait le sens des scores.</source>
            <translation>The questionnaire is only available here in French and in English, the two versions validated by published studies: an unvalidated translation would change the meaning of the scores.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Commencer le questionnaire</source>
            <translation>Start the questionnaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mes résultats gardés</source>
            <translation>My saved results</translation>
        </message>
    </context>
    <context>
        <name>WorkstationDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/workstation_dialog.py" line="+35" />
            <source>Poste professionnel</source>
            <translation>Professional workstation</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Le lieu qui utilise cet ordinateur (PMI, Maison des 1000 premiers jours) : il est imprimé sur le plan de consultation. Le code du personnel protège le mode accueil.</source>
            <translation>The place that uses this computer (PMI, Maison des 1000 premiers jours): it is printed on the consultation plan. The staff code protects reception mode.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Notre lieu</source>
            <translation>Our place</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Nom :</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Nom du lieu</source>
            <translation>Name of the place</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Adresse :</source>
            <translation>&amp;Address:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Adresse</source>
            <translation>Address</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Téléphone :</source>
            <translation>&amp;Phone:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Téléphone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Horaires :</source>
            <translation>&amp;Opening hours:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Horaires</source>
            <translation>Opening hours</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;E-mail :</source>
            <translation>&amp;Email:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Adresse e-mail</source>
            <translation>Email address</translation>
        </message>
        <message>
            <location line="+1" />
            <source>S&amp;ite web :</source>
            <translation>&amp;Website:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Site web</source>
            <translation>Website</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Code du personnel (mode accueil)</source>
            <translation>Staff code (reception mode)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Un code est défini. Laissez vide pour le garder.</source>
            <translation>A code is set. Leave empty to keep it.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Aucun code enregistré : au démarrage du mode accueil, le personnel en choisit un pour la session (gardé en mémoire seulement).</source>
            <translation>No code saved: when reception mode starts, the staff choose one for the session (kept in memory only).</translation>
        </message>
        <message>
            <source>Aucun code : au mode accueil, un simple « Oui » suffit pour quitter.</source>
            <translation type="vanished">No code: in reception mode, a plain “Yes” is enough to leave.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Nouveau code (4 à 8 chiffres) :</source>
            <translation>&amp;New code (4 to 8 digits):</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Nouveau code du personnel</source>
            <translation>New staff code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Confirmer le code :</source>
            <translation>&amp;Confirm the code:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Confirmer le code du personnel</source>
            <translation>Confirm the staff code</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Les deux codes ne sont pas identiques.</source>
            <translation>The two codes are not the same.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Non enregistré : %1</source>
            <translation>Not saved: %1</translation>
        </message>
    </context>
    <context>
        <name>_ExportDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/export_dialogs.py" line="+54" />
            <source>Le fichier %1 n’a pas pu être enregistré (%2). Choisissez un autre dossier.</source>
            <translation>The file %1 could not be saved (%2). Choose another folder.</translation>
        </message>
    </context>
    <context>
        <name>_FamilyChangeDialog</name>
        <message>
            <location filename="../src/parcours_app/ui/first_run.py" line="+429" />
            <source>Indiquez la date.</source>
            <translation>Enter the date.</translation>
        </message>
    </context>
    <context>
        <name>content</name>
        <message>
            <source>%1, entrée « %2 » : %3</source>
            <extracomment>From src/parcours_app/core/content_files.py:50</extracomment>
            <translation>%1, entry “%2”: %3</translation>
        </message>
        <message>
            <source>Début de grossesse (avant le 4e mois)</source>
            <extracomment>From resources/content/catalog.toml: stage[0].label</extracomment>
            <translation>Early pregnancy (before the 4th month)</translation>
        </message>
        <message>
            <source>Grossesse, mois 1 à 3</source>
            <extracomment>From resources/content/catalog.toml: stage[0].short_label</extracomment>
            <translation>Pregnancy, months 1 to 3</translation>
        </message>
        <message>
            <source>Grossesse, du 4e au 6e mois</source>
            <extracomment>From resources/content/catalog.toml: stage[1].label</extracomment>
            <translation>Pregnancy, from the 4th to the 6th month</translation>
        </message>
        <message>
            <source>Grossesse, mois 4 à 6</source>
            <extracomment>From resources/content/catalog.toml: stage[1].short_label</extracomment>
            <translation>Pregnancy, months 4 to 6</translation>
        </message>
        <message>
            <source>Grossesse, du 7e au 9e mois</source>
            <extracomment>From resources/content/catalog.toml: stage[2].label</extracomment>
            <translation>Pregnancy, from the 7th to the 9th month</translation>
        </message>
        <message>
            <source>Grossesse, mois 7 à 9</source>
            <extracomment>From resources/content/catalog.toml: stage[2].short_label</extracomment>
            <translation>Pregnancy, months 7 to 9</translation>
        </message>
        <message>
            <source>La naissance et les deux premières semaines</source>
            <extracomment>From resources/content/catalog.toml: stage[3].label</extracomment>
            <translation>The birth and the first two weeks</translation>
        </message>
        <message>
            <source>La naissance</source>
            <extracomment>From resources/content/catalog.toml: stage[3].short_label</extracomment>
            <translation>The birth</translation>
        </message>
        <message>
            <source>Bébé de 0 à 3 mois</source>
            <extracomment>From resources/content/catalog.toml: stage[4].label</extracomment>
            <translation>Baby from 0 to 3 months</translation>
        </message>
        <message>
            <source>0 à 3 mois</source>
            <extracomment>From resources/content/catalog.toml: stage[4].short_label</extracomment>
            <translation>0 to 3 months</translation>
        </message>
        <message>
            <source>Bébé de 4 à 12 mois</source>
            <extracomment>From resources/content/catalog.toml: stage[5].label</extracomment>
            <translation>Baby from 4 to 12 months</translation>
        </message>
        <message>
            <source>4 à 12 mois</source>
            <extracomment>From resources/content/catalog.toml: stage[5].short_label</extracomment>
            <translation>4 to 12 months</translation>
        </message>
        <message>
            <source>Enfant de 1 à 2 ans</source>
            <extracomment>From resources/content/catalog.toml: stage[6].label</extracomment>
            <translation>Child from 1 to 2 years</translation>
        </message>
        <message>
            <source>1 à 2 ans</source>
            <extracomment>From resources/content/catalog.toml: stage[6].short_label</extracomment>
            <translation>1 to 2 years</translation>
        </message>
        <message>
            <source>Enfant de 2 à 3 ans</source>
            <extracomment>From resources/content/catalog.toml: stage[7].label</extracomment>
            <translation>Child from 2 to 3 years</translation>
        </message>
        <message>
            <source>2 à 3 ans</source>
            <extracomment>From resources/content/catalog.toml: stage[7].short_label</extracomment>
            <translation>2 to 3 years</translation>
        </message>
        <message>
            <source>Démarches et droits</source>
            <extracomment>From resources/content/catalog.toml: topic[0].label</extracomment>
            <translation>Paperwork and rights</translation>
        </message>
        <message>
            <source>Santé et examens</source>
            <extracomment>From resources/content/catalog.toml: topic[1].label</extracomment>
            <translation>Health and examinations</translation>
        </message>
        <message>
            <source>Vaccins</source>
            <extracomment>From resources/content/catalog.toml: topic[2].label</extracomment>
            <translation>Vaccines</translation>
        </message>
        <message>
            <source>Congés</source>
            <extracomment>From resources/content/catalog.toml: topic[3].label</extracomment>
            <translation>Leave</translation>
        </message>
        <message>
            <source>Place du second parent</source>
            <extracomment>From resources/content/catalog.toml: topic[4].label</extracomment>
            <translation>The second parent’s place</translation>
        </message>
        <message>
            <source>Santé mentale</source>
            <extracomment>From resources/content/catalog.toml: topic[5].label</extracomment>
            <translation>Mental health</translation>
        </message>
        <message>
            <source>Écrans</source>
            <extracomment>From resources/content/catalog.toml: topic[6].label</extracomment>
            <translation>Screens</translation>
        </message>
        <message>
            <source>Alimentation et allaitement</source>
            <extracomment>From resources/content/catalog.toml: topic[7].label</extracomment>
            <translation>Food and breastfeeding</translation>
        </message>
        <message>
            <source>Sommeil</source>
            <extracomment>From resources/content/catalog.toml: topic[8].label</extracomment>
            <translation>Sleep</translation>
        </message>
        <message>
            <source>Sécurité (bébé secoué, accidents)</source>
            <extracomment>From resources/content/catalog.toml: topic[9].label</extracomment>
            <translation>Safety (shaken baby, accidents)</translation>
        </message>
        <message>
            <source>Environnement</source>
            <extracomment>From resources/content/catalog.toml: topic[10].label</extracomment>
            <translation>Environment</translation>
        </message>
        <message>
            <source>Culture et éveil</source>
            <extracomment>From resources/content/catalog.toml: topic[11].label</extracomment>
            <translation>Culture and early learning</translation>
        </message>
        <message>
            <source>Modes d'accueil</source>
            <extracomment>From resources/content/catalog.toml: topic[12].label</extracomment>
            <translation>Childcare</translation>
        </message>
        <message>
            <source>Les Maisons des 1000 premiers jours</source>
            <extracomment>From resources/content/catalog.toml: priority[0].title</extracomment>
            <translation>The Maisons des 1000 premiers jours (first 1000 days centres)</translation>
        </message>
        <message>
            <source>Un lieu près de chez vous pour être accueilli, informé et accompagné, de la grossesse aux 3 ans de l'enfant, avec la PMI et les autres professionnels.</source>
            <extracomment>From resources/content/catalog.toml: priority[0].message</extracomment>
            <translation>A place near you where you are welcomed, informed and supported, from pregnancy to the child’s 3rd birthday, with the PMI (mother and child health centre) and other professionals.</translation>
        </message>
        <message>
            <source>Pas d'écran avant 3 ans</source>
            <extracomment>From resources/content/catalog.toml: priority[1].title; resources/content/items/ecrans.toml: item[0].title</extracomment>
            <translation>No screens before age 3</translation>
        </message>
        <message>
            <source>Protéger les tout-petits des écrans, y compris de ceux des adultes : le téléphone des parents compte aussi.</source>
            <extracomment>From resources/content/catalog.toml: priority[1].message</extracomment>
            <translation>Protect young children from screens, including adults’ screens: parents’ phones count too.</translation>
        </message>
        <message>
            <source>Pères et co-parents</source>
            <extracomment>From resources/content/catalog.toml: priority[2].title</extracomment>
            <translation>Fathers and co-parents</translation>
        </message>
        <message>
            <source>Le second parent a ses congés, son propre questionnaire sur son moral et toute sa place dans les soins du bébé.</source>
            <extracomment>From resources/content/catalog.toml: priority[2].message</extracomment>
            <translation>The second parent has their own leave, their own questionnaire about their mood and a full place in caring for the baby.</translation>
        </message>
        <message>
            <source>Chercher un mode d'accueil tôt</source>
            <extracomment>From resources/content/items/accueil.toml: item[0].title</extracomment>
            <translation>Look for childcare early</translation>
        </message>
        <message>
            <source>Crèche, micro-crèche, assistante maternelle, maison d'assistants maternels (MAM) : les places sont souvent rares. Commencez vos recherches pendant la grossesse sur monenfant.fr, et demandez conseil au Relais Petite Enfance (RPE) de votre commune.</source>
            <extracomment>From resources/content/items/accueil.toml: item[0].message</extracomment>
            <translation>Nursery (crèche), micro-nursery, childminder (assistante maternelle), childminders’ house (MAM): places are often scarce. Start looking during pregnancy on monenfant.fr, and ask the Relais Petite Enfance (RPE, childcare information service) of your town for advice.</translation>
        </message>
        <message>
            <source>monenfant.fr</source>
            <extracomment>From resources/content/items/accueil.toml: item[0].link[0].title</extracomment>
            <translation>monenfant.fr (official childcare search site)</translation>
        </message>
        <message>
            <source>Caf</source>
            <extracomment>From resources/content/items/accueil.toml: item[0].link[1].title; resources/content/items/accueil.toml: item[1].link[0].title; resources/content/items/conges.toml: item[3].link[1].title; … and 1 more</extracomment>
            <translation>Caf (family allowances fund)</translation>
        </message>
        <message>
            <source>Des aides pour faire garder votre enfant</source>
            <extracomment>From resources/content/items/accueil.toml: item[1].title</extracomment>
            <translation>Help with paying for childcare</translation>
        </message>
        <message>
            <source>La Caf ou la MSA peut prendre en charge une partie du coût d'une assistante maternelle ou d'une micro-crèche (complément de libre choix du mode de garde). En crèche, le tarif dépend de vos ressources.</source>
            <extracomment>From resources/content/items/accueil.toml: item[1].message</extracomment>
            <translation>The Caf or the MSA (farmers’ social security) can pay part of the cost of a childminder or of a micro-nursery (complément de libre choix du mode de garde). At a nursery, the price depends on your income.</translation>
        </message>
        <message>
            <source>MSA</source>
            <extracomment>From resources/content/items/accueil.toml: item[1].link[1].title</extracomment>
            <translation>MSA (farmers’ social security)</translation>
        </message>
        <message>
            <source>L'école à partir de 3 ans</source>
            <extracomment>From resources/content/items/accueil.toml: item[2].title</extracomment>
            <translation>School from age 3</translation>
        </message>
        <message>
            <source>L'instruction est obligatoire dès 3 ans : l'enfant entre à l'école en septembre de l'année civile de ses 3 ans. L'inscription se fait d'abord à la mairie.</source>
            <extracomment>From resources/content/items/accueil.toml: item[2].message</extracomment>
            <translation>Education is compulsory from age 3: the child starts school in September of the calendar year in which they turn 3. You enrol first at the town hall.</translation>
        </message>
        <message>
            <source>Service-Public.fr</source>
            <extracomment>From resources/content/items/accueil.toml: item[2].link[0].title; resources/content/items/demarches.toml: item[7].link[0].title; resources/content/items/sante.toml: item[3].link[0].title; … and 2 more</extracomment>
            <translation>Service-Public.fr (official French government website)</translation>
        </message>
        <message>
            <source>Bien manger pendant la grossesse</source>
            <extracomment>From resources/content/items/alimentation.toml: item[0].title</extracomment>
            <translation>Eating well during pregnancy</translation>
        </message>
        <message>
            <source>Mangez varié, sans manger « pour deux ». Évitez la viande, le poisson et les œufs crus ou peu cuits et les fromages au lait cru, lavez bien fruits et légumes. La vitamine B9 (acide folique) est conseillée dès le projet de grossesse : demandez à votre médecin ou sage-femme.</source>
            <extracomment>From resources/content/items/alimentation.toml: item[0].message</extracomment>
            <translation>Eat a varied diet, without eating “for two”. Avoid raw or undercooked meat, fish and eggs, and raw-milk cheeses; wash fruit and vegetables well. Vitamin B9 (folic acid) is advised from the time you plan a pregnancy: ask your doctor or midwife.</translation>
        </message>
        <message>
            <source>Manger Bouger</source>
            <extracomment>From resources/content/items/alimentation.toml: item[0].link[0].title; resources/content/items/alimentation.toml: item[2].link[0].title; resources/content/items/alimentation.toml: item[3].link[0].title</extracomment>
            <translation>Manger Bouger (official healthy eating website)</translation>
        </message>
        <message>
            <source>Les 1000 premiers jours</source>
            <extracomment>From resources/content/items/alimentation.toml: item[0].link[1].title; resources/content/items/alimentation.toml: item[1].link[0].title; resources/content/items/alimentation.toml: item[2].link[1].title; … and 18 more</extracomment>
            <translation>The first 1000 days</translation>
        </message>
        <message>
            <source>Allaiter : un choix, avec du soutien</source>
            <extracomment>From resources/content/items/alimentation.toml: item[1].title</extracomment>
            <translation>Breastfeeding: a choice, with support</translation>
        </message>
        <message>
            <source>Le lait maternel est l'aliment le mieux adapté au bébé ; l'allaitement seul est conseillé jusqu'à 6 mois si possible, et chaque jour compte. Si vous avez mal ou des doutes, la sage-femme, la PMI ou la maternité peuvent vous aider. Si vous donnez le biberon, utilisez un lait infantile, jamais une boisson végétale.</source>
            <extracomment>From resources/content/items/alimentation.toml: item[1].message</extracomment>
            <translation>Breast milk is the food best suited to the baby; breastfeeding only (exclusive breastfeeding) is advised up to 6 months if possible, and every day counts. If it hurts or you have doubts, the midwife, the PMI or the maternity unit can help you. If you bottle-feed, use infant formula, never a plant-based drink.</translation>
        </message>
        <message>
            <source>Découvrir les aliments entre 4 et 6 mois</source>
            <extracomment>From resources/content/items/alimentation.toml: item[2].title</extracomment>
            <translation>Discovering foods between 4 and 6 months</translation>
        </message>
        <message>
            <source>Les premiers aliments autres que le lait s'introduisent entre 4 et 6 mois, un à la fois, en purée lisse, sans sel ni sucre ajouté. Pas de miel avant 1 an. Le lait reste l'aliment principal de la première année.</source>
            <extracomment>From resources/content/items/alimentation.toml: item[2].message</extracomment>
            <translation>The first foods other than milk are introduced between 4 and 6 months, one at a time, as a smooth purée, with no added salt or sugar. No honey before age 1. Milk remains the main food in the first year.</translation>
        </message>
        <message>
            <source>À table avec la famille</source>
            <extracomment>From resources/content/items/alimentation.toml: item[3].title</extracomment>
            <translation>At the table with the family</translation>
        </message>
        <message>
            <source>Après 1 an, l'enfant mange peu à peu comme la famille, en petits morceaux adaptés, à heures régulières. Il a le droit de ne pas aimer : proposez à nouveau, sans forcer. L'eau est la seule boisson utile.</source>
            <extracomment>From resources/content/items/alimentation.toml: item[3].message</extracomment>
            <translation>After age 1, the child gradually eats like the rest of the family, in small suitable pieces, at regular times. They are allowed not to like something: offer it again, without forcing. Water is the only drink they need.</translation>
        </message>
        <message>
            <source>Le congé de maternité</source>
            <extracomment>From resources/content/items/conges.toml: item[0].title</extracomment>
            <translation>Maternity leave</translation>
        </message>
        <message>
            <source>Pour un 1er ou 2e enfant : 6 semaines avant la date prévue et 10 semaines après la naissance. Il est plus long à partir du 3e enfant et pour des jumeaux. Une partie peut être reportée après la naissance avec l'accord du professionnel qui vous suit. Le Parcours calcule vos dates.</source>
            <extracomment>From resources/content/items/conges.toml: item[0].message</extracomment>
            <translation>For a 1st or 2nd child: 6 weeks before the expected date and 10 weeks after the birth. It is longer from the 3rd child and for twins. Part of it can be moved to after the birth if the professional who follows you agrees. Parcours works out your dates.</translation>
        </message>
        <message>
            <source>Congé maternité (Service-Public.fr)</source>
            <extracomment>From resources/content/items/conges.toml: item[0].link[0].title; resources/content/items/conges.toml: item[1].link[0].title</extracomment>
            <translation>Maternity leave (Service-Public.fr, official French government website)</translation>
        </message>
        <message>
            <source>L'Assurance Maladie</source>
            <extracomment>From resources/content/items/conges.toml: item[0].link[1].title; resources/content/items/demarches.toml: item[0].link[1].title; resources/content/items/demarches.toml: item[5].link[0].title; … and 7 more</extracomment>
            <translation>The Assurance Maladie (French health insurance)</translation>
        </message>
        <message>
            <source>Des absences autorisées pour les examens</source>
            <extracomment>From resources/content/items/conges.toml: item[1].title</extracomment>
            <translation>Time off allowed for examinations</translation>
        </message>
        <message>
            <source>Une salariée enceinte peut s'absenter sans perte de salaire pour ses examens obligatoires. Le second parent salarié peut l'accompagner à trois d'entre eux.</source>
            <extracomment>From resources/content/items/conges.toml: item[1].message</extracomment>
            <translation>A pregnant employee can take time off without losing pay for her compulsory examinations. The second parent, if employed, can go with her to three of them.</translation>
        </message>
        <message>
            <source>Légifrance</source>
            <extracomment>From resources/content/items/conges.toml: item[1].link[0].title</extracomment>
            <translation type="vanished">Légifrance (official French legal texts)</translation>
        </message>
        <message>
            <source>Le congé supplémentaire de naissance (enfants nés à partir de 2026)</source>
            <extracomment>From resources/content/items/conges.toml: item[2].title</extracomment>
            <translation>Additional birth leave (children born from 2026)</translation>
        </message>
        <message>
            <source>Pour un enfant né à partir du 1er janvier 2026, chaque parent peut prendre 1 ou 2 mois de plus, après le congé de maternité ou de paternité, à partir du 1er juillet 2026. Certains détails dépendent d'un décret : vérifiez sur Service-Public.fr.</source>
            <extracomment>From resources/content/items/conges.toml: item[2].message</extracomment>
            <translation type="vanished">For a child born on or after 1 January 2026, each parent can take 1 or 2 more months, after maternity or paternity leave, from 1 July 2026. Some details depend on a decree: check on Service-Public.fr.</translation>
        </message>
        <message>
            <source>Pour un enfant né à partir du 1er janvier 2026 (ou né avant mais attendu à partir de cette date), chaque parent salarié peut prendre 1 ou 2 mois de plus, après son congé de maternité ou de paternité, jamais avant le 1er juillet 2026. Enfant né jusqu'au 30 juin 2026 : à prendre au plus tard le 31 mars 2027 ; né à partir du 1er juillet 2026 : dans les 9 mois après la naissance. Prévenez l'employeur 1 mois avant (15 jours s'il suit immédiatement le congé de paternité et commence dans le mois de la naissance). Indemnités : 70 % du salaire net le 1er mois, puis 60 %.</source>
            <extracomment>From resources/content/items/conges.toml: item[2].message</extracomment>
            <translation>For a child born on or after 1 January 2026 (or born earlier but due on or after that date), each salaried parent can take 1 or 2 more months after their maternity or paternity leave, never before 1 July 2026. Child born up to 30 June 2026: to be taken by 31 March 2027 at the latest; born on or after 1 July 2026: within 9 months of the birth. Tell your employer 1 month in advance (15 days if it immediately follows the paternity leave and starts within the month of the birth). Allowances: 70% of the net salary in the 1st month, then 60%.</translation>
        </message>
        <message>
            <source>Congé supplémentaire de naissance (Service-Public.fr)</source>
            <extracomment>From resources/content/items/conges.toml: item[2].link[0].title</extracomment>
            <translation>Additional birth leave (Service-Public.fr)</translation>
        </message>
        <message>
            <source>Le congé parental d'éducation</source>
            <extracomment>From resources/content/items/conges.toml: item[3].title</extracomment>
            <translation>Parental leave (congé parental d'éducation)</translation>
        </message>
        <message>
            <source>Après les congés de naissance, un parent salarié peut arrêter ou réduire son travail pour s'occuper de l'enfant. La Caf ou la MSA peut verser une aide (PreParE) sous conditions.</source>
            <extracomment>From resources/content/items/conges.toml: item[3].message</extracomment>
            <translation>After the birth leave, an employed parent can stop or reduce work to look after the child. The Caf or the MSA can pay an allowance (PreParE) if you meet the conditions.</translation>
        </message>
        <message>
            <source>Congé parental à temps plein (Service-Public.fr)</source>
            <extracomment>From resources/content/items/conges.toml: item[3].link[0].title</extracomment>
            <translation>Full-time parental leave (Service-Public.fr)</translation>
        </message>
        <message>
            <source>Déclarer la grossesse</source>
            <extracomment>From resources/content/items/demarches.toml: item[0].title</extracomment>
            <translation>Declare the pregnancy</translation>
        </message>
        <message>
            <source>Le médecin ou la sage-femme envoie la déclaration de grossesse en ligne lors du 1er examen. Elle doit arriver à l'Assurance Maladie et à la Caf dans les 14 premières semaines de grossesse : le plus simple est de la faire avant la fin du 3e mois.</source>
            <extracomment>From resources/content/items/demarches.toml: item[0].message</extracomment>
            <translation>The doctor or midwife sends the déclaration de grossesse (pregnancy declaration) online at the 1st examination. It must reach the Assurance Maladie (health insurance) and the Caf (family allowances fund) within the first 14 weeks of pregnancy (counted from conception): the simplest is to do it before the end of the 3rd month.</translation>
        </message>
        <message>
            <source>Déclaration de grossesse (Service-Public.fr)</source>
            <extracomment>From resources/content/items/demarches.toml: item[0].link[0].title</extracomment>
            <translation>Pregnancy declaration (Service-Public.fr)</translation>
        </message>
        <message>
            <source>S'inscrire à la maternité</source>
            <extracomment>From resources/content/items/demarches.toml: item[1].title</extracomment>
            <translation>Register with the maternity unit</translation>
        </message>
        <message>
            <source>Aucune date limite n'est fixée par la loi, mais les places sont parfois comptées : renseignez-vous tôt auprès de la maternité de votre choix.</source>
            <extracomment>From resources/content/items/demarches.toml: item[1].message</extracomment>
            <translation>The law sets no deadline, but places are sometimes limited: ask early at the maternity unit of your choice.</translation>
        </message>
        <message>
            <source>Vos droits à la Caf ou à la MSA</source>
            <extracomment>From resources/content/items/demarches.toml: item[2].title</extracomment>
            <translation>Your rights with the Caf or the MSA</translation>
        </message>
        <message>
            <source>La déclaration de grossesse ouvre vos droits aux prestations familiales, comme la prime à la naissance selon vos ressources. Faites une simulation sur le site de votre caisse (Caf, ou MSA si vous relevez du régime agricole).</source>
            <extracomment>From resources/content/items/demarches.toml: item[2].message</extracomment>
            <translation>The pregnancy declaration opens your rights to family benefits, such as the birth grant (prime à la naissance), depending on your income. Do a simulation on your fund’s website (Caf, or MSA if you are covered by the farmers’ scheme).</translation>
        </message>
        <message>
            <source>Caf : l'arrivée d'un enfant</source>
            <extracomment>From resources/content/items/demarches.toml: item[2].link[0].title</extracomment>
            <translation>Caf: a child’s arrival</translation>
        </message>
        <message>
            <source>MSA : famille</source>
            <extracomment>From resources/content/items/demarches.toml: item[2].link[1].title</extracomment>
            <translation>MSA: family</translation>
        </message>
        <message>
            <source>Parents non mariés : la reconnaissance</source>
            <extracomment>From resources/content/items/demarches.toml: item[3].title</extracomment>
            <translation>Unmarried parents: acknowledging the child (reconnaissance)</translation>
        </message>
        <message>
            <source>Si vous n'êtes pas mariés, le second parent peut reconnaître l'enfant à la mairie avant la naissance. C'est gratuit et cela évite des démarches après.</source>
            <extracomment>From resources/content/items/demarches.toml: item[3].message</extracomment>
            <translation>If you are not married, the second parent can acknowledge the child at the town hall before the birth. It is free and it saves paperwork later.</translation>
        </message>
        <message>
            <source>Service-Public.fr : famille</source>
            <extracomment>From resources/content/items/demarches.toml: item[3].link[0].title</extracomment>
            <translation>Service-Public.fr: family</translation>
        </message>
        <message>
            <source>Déclarer la naissance dans les 5 jours</source>
            <extracomment>From resources/content/items/demarches.toml: item[4].title</extracomment>
            <translation>Register the birth within 5 days</translation>
        </message>
        <message>
            <source>La naissance se déclare à la mairie du lieu de naissance dans les 5 jours qui suivent (le jour de la naissance ne compte pas). Si le dernier jour tombe un samedi, un dimanche ou un jour férié, le délai va jusqu'au jour ouvré suivant. Beaucoup de maternités proposent de le faire sur place.</source>
            <extracomment>From resources/content/items/demarches.toml: item[4].message</extracomment>
            <translation>The birth must be registered at the town hall (mairie) of the place of birth within the 5 days that follow (the day of birth does not count). If the last day falls on a Saturday, a Sunday or a public holiday, the deadline runs to the next working day. Many maternity units offer to do it on site.</translation>
        </message>
        <message>
            <source>Déclaration de naissance (Service-Public.fr)</source>
            <extracomment>From resources/content/items/demarches.toml: item[4].link[0].title</extracomment>
            <translation>Registering the birth (Service-Public.fr)</translation>
        </message>
        <message>
            <source>Inscrire bébé sur votre carte Vitale et prévenir la Caf</source>
            <extracomment>From resources/content/items/demarches.toml: item[5].title</extracomment>
            <translation>Add the baby to your Carte Vitale and tell the Caf</translation>
        </message>
        <message>
            <source>Après la naissance, faites rattacher votre enfant à l'Assurance Maladie d'un parent ou des deux, pensez à votre mutuelle, et signalez la naissance à la Caf ou à la MSA.</source>
            <extracomment>From resources/content/items/demarches.toml: item[5].message</extracomment>
            <translation>After the birth, have your child registered with the Assurance Maladie (health insurance) of one or both parents, remember your top-up health insurance (mutuelle), and report the birth to the Caf or the MSA.</translation>
        </message>
        <message>
            <source>La Maison des 1000 premiers jours près de chez vous</source>
            <extracomment>From resources/content/items/demarches.toml: item[6].title</extracomment>
            <translation>The Maison des 1000 premiers jours near you</translation>
        </message>
        <message>
            <source>Les Maisons des 1000 premiers jours réunissent en un même lieu la PMI, des temps d'échange entre parents, de l'information sur vos droits, des activités d'éveil et des professionnels. Vous pouvez y venir sans rendez-vous pour être orienté. Ajoutez la plus proche à votre annuaire.</source>
            <extracomment>From resources/content/items/demarches.toml: item[6].message</extracomment>
            <translation>The Maisons des 1000 premiers jours (first 1000 days centres) bring together in one place the PMI (mother and child health centre), times for parents to talk together, information about your rights, early learning activities and professionals. You can come without an appointment to be guided. Add the nearest one to your directory.</translation>
        </message>
        <message>
            <source>Ministère chargé de la santé</source>
            <extracomment>From resources/content/items/demarches.toml: item[6].link[1].title</extracomment>
            <translation>Ministry of Health</translation>
        </message>
        <message>
            <source>La PMI, gratuite et ouverte à tous</source>
            <extracomment>From resources/content/items/demarches.toml: item[7].title</extracomment>
            <translation>The PMI, free and open to all</translation>
        </message>
        <message>
            <source>Les centres de protection maternelle et infantile (PMI) du département suivent gratuitement les femmes enceintes et les enfants jusqu'à 6 ans : consultations, vaccins, pesée, conseils. Une puéricultrice peut aussi venir chez vous après la naissance.</source>
            <extracomment>From resources/content/items/demarches.toml: item[7].message</extracomment>
            <translation>The département’s PMI centres (protection maternelle et infantile, mother and child health) follow pregnant women and children up to age 6 free of charge: consultations, vaccines, weighing, advice. A children’s nurse (puéricultrice) can also visit you at home after the birth.</translation>
        </message>
        <message>
            <source>Télévision, tablette, téléphone, ordinateur : avant 3 ans, un enfant n'a pas besoin d'écran pour se développer. Il apprend en jouant, en bougeant et en parlant avec vous. Même allumée « en fond », la télévision le gêne.</source>
            <extracomment>From resources/content/items/ecrans.toml: item[0].message</extracomment>
            <translation>Television, tablet, phone, computer: before age 3, a child does not need screens to develop. They learn by playing, moving and talking with you. Even when it is just on “in the background”, the television disturbs them.</translation>
        </message>
        <message>
            <source>Mon enfant et les écrans</source>
            <extracomment>From resources/content/items/ecrans.toml: item[0].link[1].title; resources/content/items/ecrans.toml: item[2].link[1].title; resources/content/items/ecrans.toml: item[3].link[0].title</extracomment>
            <translation>My child and screens</translation>
        </message>
        <message>
            <source>Interdits dans les lieux d'accueil</source>
            <extracomment>From resources/content/items/ecrans.toml: item[1].title</extracomment>
            <translation>Banned in childcare settings</translation>
        </message>
        <message>
            <source>Depuis l'été 2025, il est interdit d'exposer un enfant de moins de 3 ans à un écran en crèche, micro-crèche, MAM ou chez une assistante maternelle. À la maison, la même règle est conseillée.</source>
            <extracomment>From resources/content/items/ecrans.toml: item[1].message</extracomment>
            <translation>Since summer 2025, it is forbidden to expose a child under 3 to a screen at a nursery (crèche), micro-nursery, childminders’ house (MAM) or at a childminder’s. At home, the same rule is advised.</translation>
        </message>
        <message>
            <source>Et nos écrans à nous ?</source>
            <extracomment>From resources/content/items/ecrans.toml: item[2].title</extracomment>
            <translation>And what about our own screens?</translation>
        </message>
        <message>
            <source>Quand on regarde son téléphone pendant le repas, le bain ou le jeu, le bébé cherche notre regard et ne le trouve pas. Essayez des moments sans téléphone, rangé hors de vue, surtout pendant les soins et les repas.</source>
            <extracomment>From resources/content/items/ecrans.toml: item[2].message</extracomment>
            <translation>When we look at our phone during meals, bath time or play, the baby looks for our eyes and cannot find them. Try phone-free moments, with the phone put away out of sight, especially during care and meals.</translation>
        </message>
        <message>
            <source>Après 3 ans : peu, accompagné, jamais dans la chambre</source>
            <extracomment>From resources/content/items/ecrans.toml: item[3].title</extracomment>
            <translation>After age 3: a little, with an adult, never in the bedroom</translation>
        </message>
        <message>
            <source>De 3 à 6 ans, si écran il y a : peu de temps, avec un adulte qui commente, jamais pendant les repas, avant de dormir ni dans la chambre.</source>
            <extracomment>From resources/content/items/ecrans.toml: item[3].message</extracomment>
            <translation>From 3 to 6 years, if there are screens: for a short time, with an adult who talks about what is on screen, never during meals, before sleep or in the bedroom.</translation>
        </message>
        <message>
            <source>Un air sain à la maison</source>
            <extracomment>From resources/content/items/environnement.toml: item[0].title</extracomment>
            <translation>Healthy air at home</translation>
        </message>
        <message>
            <source>Aérez au moins 10 minutes matin et soir, même en hiver. Évitez parfums d'intérieur, bougies, encens et sprays. Faites les travaux et la peinture de la chambre bien avant l'arrivée du bébé, et lavez les vêtements neufs avant de les mettre.</source>
            <extracomment>From resources/content/items/environnement.toml: item[0].message</extracomment>
            <translation>Air the home for at least 10 minutes morning and evening, even in winter. Avoid air fresheners, candles, incense and sprays. Do building work and paint the bedroom well before the baby arrives, and wash new clothes before putting them on.</translation>
        </message>
        <message>
            <source>Agir pour bébé</source>
            <extracomment>From resources/content/items/environnement.toml: item[0].link[0].title; resources/content/items/environnement.toml: item[1].link[0].title</extracomment>
            <translation>Agir pour bébé (official website on baby’s environment)</translation>
        </message>
        <message>
            <source>Moins de produits chimiques au quotidien</source>
            <extracomment>From resources/content/items/environnement.toml: item[1].title</extracomment>
            <translation>Fewer chemicals every day</translation>
        </message>
        <message>
            <source>Pour la toilette, peu de produits, sans parfum. Pour réchauffer les repas, préférez le verre ou l'inox au plastique. Pour le ménage, des produits simples, en lisant les pictogrammes de danger.</source>
            <extracomment>From resources/content/items/environnement.toml: item[1].message</extracomment>
            <translation>For washing, few products, without perfume. To heat meals, choose glass or stainless steel rather than plastic. For cleaning, simple products, reading the hazard symbols.</translation>
        </message>
        <message>
            <source>Parler, chanter, lire dès la naissance</source>
            <extracomment>From resources/content/items/eveil.toml: item[0].title</extracomment>
            <translation>Talk, sing and read from birth</translation>
        </message>
        <message>
            <source>Le bébé reconnaît votre voix dès la grossesse. Parlez-lui, chantez, racontez, regardez des livres ensemble, dans la langue que vous parlez le mieux : c'est ainsi qu'il apprend à parler.</source>
            <extracomment>From resources/content/items/eveil.toml: item[0].message</extracomment>
            <translation>The baby recognises your voice during pregnancy. Talk to them, sing, tell stories, look at books together, in the language you speak best: this is how they learn to talk.</translation>
        </message>
        <message>
            <source>Jouer, bouger, explorer</source>
            <extracomment>From resources/content/items/eveil.toml: item[1].title</extracomment>
            <translation>Play, move, explore</translation>
        </message>
        <message>
            <source>Un tapis au sol, des objets simples, des sorties dehors : l'enfant apprend en bougeant librement et en essayant seul, avec un adulte tout près.</source>
            <extracomment>From resources/content/items/eveil.toml: item[1].message</extracomment>
            <translation>A mat on the floor, simple objects, outings outdoors: the child learns by moving freely and trying things alone, with an adult close by.</translation>
        </message>
        <message>
            <source>Bibliothèques, lieux d'accueil enfants-parents, Maison des 1000 premiers jours</source>
            <extracomment>From resources/content/items/eveil.toml: item[2].title</extracomment>
            <translation>Libraries, parent and child drop-in centres, Maison des 1000 premiers jours</translation>
        </message>
        <message>
            <source>Les bibliothèques accueillent les bébés, souvent avec des lectures gratuites. Les lieux d'accueil enfants-parents (LAEP) et les Maisons des 1000 premiers jours proposent des temps d'éveil et de rencontre avec d'autres parents.</source>
            <extracomment>From resources/content/items/eveil.toml: item[2].message</extracomment>
            <translation>Libraries welcome babies, often with free reading sessions. Parent and child drop-in centres (lieux d’accueil enfants-parents, LAEP) and the Maisons des 1000 premiers jours offer early learning sessions and times to meet other parents.</translation>
        </message>
        <message>
            <source>Caf : lieux d'accueil enfants-parents</source>
            <extracomment>From resources/content/items/eveil.toml: item[2].link[0].title</extracomment>
            <translation>Caf: parent and child drop-in centres</translation>
        </message>
        <message>
            <source>Baby blues ou dépression ?</source>
            <extracomment>From resources/content/items/sante-mentale.toml: item[0].title</extracomment>
            <translation>Baby blues or depression?</translation>
        </message>
        <message>
            <source>Beaucoup de mères ont un coup de blues entre le 3e et le 10e jour : il passe en quelques jours. Si la tristesse, la fatigue ou l'angoisse durent plus de deux semaines, ce n'est pas votre faute et cela se soigne : parlez-en à un professionnel.</source>
            <extracomment>From resources/content/items/sante-mentale.toml: item[0].message</extracomment>
            <translation>Many mothers feel low between the 3rd and the 10th day: it passes within a few days. If sadness, tiredness or anxiety last more than two weeks, it is not your fault and it can be treated: talk to a professional about it.</translation>
        </message>
        <message>
            <source>L'entretien postnatal précoce</source>
            <extracomment>From resources/content/items/sante-mentale.toml: item[1].title</extracomment>
            <translation>The early postnatal interview (entretien postnatal précoce)</translation>
        </message>
        <message>
            <source>Obligatoire depuis 2022, entre la 4e et la 8e semaine après la naissance, avec une sage-femme ou un médecin. On y parle de votre moral et de l'aide dont vous ou le second parent avez besoin. Un 2e entretien peut être proposé entre la 10e et la 14e semaine.</source>
            <extracomment>From resources/content/items/sante-mentale.toml: item[1].message</extracomment>
            <translation>Compulsory since 2022, between the 4th and the 8th week after the birth, with a midwife or a doctor. You talk about your mood and the help that you or the second parent need. A 2nd interview can be offered between the 10th and the 14th week.</translation>
        </message>
        <message>
            <source>Faire le point sur son moral</source>
            <extracomment>From resources/content/items/sante-mentale.toml: item[2].title</extracomment>
            <translation>Checking in on your mood</translation>
        </message>
        <message>
            <source>Le questionnaire du Parcours (10 questions sur les 7 derniers jours) aide à faire le point, pour la mère comme pour le second parent. Ce n'est pas un diagnostic et vos réponses restent sur cet ordinateur.</source>
            <extracomment>From resources/content/items/sante-mentale.toml: item[2].message</extracomment>
            <translation>Parcours’s questionnaire (10 questions about the past 7 days) helps you check in, for the mother as well as the second parent. It is not a diagnosis and your answers stay on this computer.</translation>
        </message>
        <message>
            <source>Si vous pensez à vous faire du mal : le 3114</source>
            <extracomment>From resources/content/items/sante-mentale.toml: item[3].title</extracomment>
            <translation>If you are thinking of harming yourself: 3114</translation>
        </message>
        <message>
            <source>Le 3114 répond jour et nuit, gratuitement. En cas de danger immédiat, appelez le 15 ou le 112. Le panneau « Urgences et écoute » rassemble tous les numéros d'aide.</source>
            <extracomment>From resources/content/items/sante-mentale.toml: item[3].message</extracomment>
            <translation>3114 answers day and night, free of charge. In case of immediate danger, call 15 or 112. The “Emergencies and support lines” panel gathers all the helplines.</translation>
        </message>
        <message>
            <source>3114, numéro national de prévention du suicide</source>
            <extracomment>From resources/content/items/sante-mentale.toml: item[3].link[0].title</extracomment>
            <translation>3114, national suicide prevention line</translation>
        </message>
        <message>
            <source>Sept examens prénataux obligatoires</source>
            <extracomment>From resources/content/items/sante.toml: item[0].title</extracomment>
            <translation>Seven compulsory prenatal examinations</translation>
        </message>
        <message>
            <source>Le 1er examen a lieu avant la fin du 3e mois de grossesse, puis un examen chaque mois du 4e au 9e mois. Ils sont pris en charge par l'Assurance Maladie.</source>
            <extracomment>From resources/content/items/sante.toml: item[0].message</extracomment>
            <translation>The 1st examination takes place before the end of the 3rd month of pregnancy, then one examination each month from the 4th to the 9th month. They are covered by the Assurance Maladie (health insurance).</translation>
        </message>
        <message>
            <source>Trois échographies recommandées</source>
            <extracomment>From resources/content/items/sante.toml: item[1].title</extracomment>
            <translation>Three recommended ultrasound scans</translation>
        </message>
        <message>
            <source>Une par trimestre : vers 12 semaines d'aménorrhée (entre 11 et 13 SA + 6 jours), vers 22 SA et vers 32 SA.</source>
            <extracomment>From resources/content/items/sante.toml: item[1].message</extracomment>
            <translation>One per trimester: around 12 weeks of amenorrhoea (SA, counted from the last period) (between 11 and 13 weeks + 6 days), around 22 weeks and around 32 weeks.</translation>
        </message>
        <message>
            <source>L'entretien prénatal précoce</source>
            <extracomment>From resources/content/items/sante.toml: item[2].title</extracomment>
            <translation>The early prenatal interview (entretien prénatal précoce)</translation>
        </message>
        <message>
            <source>Obligatoire depuis 2020, proposé à partir du 4e mois avec une sage-femme ou un médecin, seule ou avec le second parent. On y parle de vos besoins, de vos questions et de ce qui vous inquiète. Il est pris en charge à 100 %.</source>
            <extracomment>From resources/content/items/sante.toml: item[2].message</extracomment>
            <translation>Compulsory since 2020, offered from the 4th month with a midwife or a doctor, alone or with the second parent. You talk about your needs, your questions and what worries you. It is fully covered (100 %).</translation>
        </message>
        <message>
            <source>Pris en charge à 100 % à partir du 6e mois</source>
            <extracomment>From resources/content/items/sante.toml: item[3].title</extracomment>
            <translation>Fully covered (100 %) from the 6th month</translation>
        </message>
        <message>
            <source>Du 1er jour du 6e mois de grossesse au 12e jour après la naissance, vos frais médicaux remboursables sont pris en charge à 100 %, même sans lien avec la grossesse.</source>
            <extracomment>From resources/content/items/sante.toml: item[3].message</extracomment>
            <translation>From the 1st day of the 6th month of pregnancy to the 12th day after the birth, your refundable medical costs are fully covered (100 %), even if they are not linked to the pregnancy.</translation>
        </message>
        <message>
            <source>Sept séances de préparation à la naissance</source>
            <extracomment>From resources/content/items/sante.toml: item[4].title</extracomment>
            <translation>Seven antenatal classes</translation>
        </message>
        <message>
            <source>Sept séances avec une sage-femme, prises en charge à 100 %, pour préparer l'accouchement et l'arrivée du bébé. Le second parent est le bienvenu.</source>
            <extracomment>From resources/content/items/sante.toml: item[4].message</extracomment>
            <translation>Seven sessions with a midwife, fully covered (100 %), to prepare for the birth and the baby’s arrival. The second parent is welcome.</translation>
        </message>
        <message>
            <source>Zéro alcool pendant la grossesse</source>
            <extracomment>From resources/content/items/sante.toml: item[5].title</extracomment>
            <translation>No alcohol during pregnancy</translation>
        </message>
        <message>
            <source>Il n'existe pas de petite quantité sans risque : l'alcool passe au bébé. Si c'est difficile d'arrêter, parlez-en à votre sage-femme ou appelez Alcool Info Service, gratuit et anonyme.</source>
            <extracomment>From resources/content/items/sante.toml: item[5].message</extracomment>
            <translation>There is no small amount without risk: alcohol passes to the baby. If it is hard to stop, talk to your midwife or call Alcool Info Service (alcohol helpline), free and anonymous.</translation>
        </message>
        <message>
            <source>Alcool Info Service</source>
            <extracomment>From resources/content/items/sante.toml: item[5].link[0].title</extracomment>
            <translation>Alcool Info Service (alcohol helpline)</translation>
        </message>
        <message>
            <source>Arrêter de fumer, se faire aider</source>
            <extracomment>From resources/content/items/sante.toml: item[6].title</extracomment>
            <translation>Stopping smoking, getting help</translation>
        </message>
        <message>
            <source>Arrêter le tabac protège le bébé, à tout moment de la grossesse et après. Des professionnels peuvent vous aider gratuitement au 39 89 (Tabac Info Service). Pas de fumée dans la maison ni dans la voiture.</source>
            <extracomment>From resources/content/items/sante.toml: item[6].message</extracomment>
            <translation>Stopping smoking protects the baby, at any time during pregnancy and after. Professionals can help you free of charge on 39 89 (Tabac Info Service). No smoke in the home or in the car.</translation>
        </message>
        <message>
            <source>Tabac Info Service</source>
            <extracomment>From resources/content/items/sante.toml: item[6].link[0].title</extracomment>
            <translation>Tabac Info Service (stop-smoking helpline)</translation>
        </message>
        <message>
            <source>L'examen postnatal de la mère</source>
            <extracomment>From resources/content/items/sante.toml: item[7].title</extracomment>
            <translation>The mother’s postnatal examination</translation>
        </message>
        <message>
            <source>Un examen obligatoire avec un médecin ou une sage-femme dans les 8 semaines après l'accouchement, en général entre la 6e et la 8e semaine, pris en charge à 100 %.</source>
            <extracomment>From resources/content/items/sante.toml: item[7].message</extracomment>
            <translation>A compulsory examination with a doctor or a midwife within the 8 weeks after the birth, usually between the 6th and the 8th week, fully covered (100 %).</translation>
        </message>
        <message>
            <source>Les dépistages du nouveau-né</source>
            <extracomment>From resources/content/items/sante.toml: item[8].title</extracomment>
            <translation>Newborn screening tests</translation>
        </message>
        <message>
            <source>À la maternité, on propose un test sur quelques gouttes de sang du talon entre 48 et 72 heures de vie, qui recherche 16 maladies rares depuis le 1er septembre 2025 (dont le déficit immunitaire combiné sévère, l'amyotrophie spinale et le déficit en VLCAD), et un test de l'audition. Ils sont gratuits et demandent votre accord ; l'amyotrophie spinale est un test génétique, pour lequel on vous demande un accord écrit.</source>
            <extracomment>From resources/content/items/sante.toml: item[8].message</extracomment>
            <translation>At the maternity unit, you are offered a test on a few drops of blood from the heel between 48 and 72 hours of life, which has looked for 16 rare diseases since 1 September 2025 (including severe combined immunodeficiency, spinal muscular atrophy and VLCAD deficiency), and a hearing test. They are free and need your consent; spinal muscular atrophy is a genetic test, for which you are asked for written consent.</translation>
        </message>
        <message>
            <source>Depuis 2025 : à 2 mois et 4 mois (hexavalent et pneumocoque), 3 et 5 mois (méningocoque B), 6 mois (méningocoques ACWY), 11 mois (rappels), 12 mois (ROR, méningocoques ACWY et B), puis ROR entre 16 et 18 mois. Ils sont nécessaires pour entrer en crèche ou chez une assistante maternelle ; les vaccins contre les méningocoques y sont aussi demandés pour les enfants nés à partir de juillet 2023, avec un rattrapage si besoin.</source>
            <extracomment>From resources/content/items/vaccins.toml: item[1].message</extracomment>
            <translation>Since 2025: at 2 months and 4 months (6-in-1 and pneumococcus), 3 and 5 months (meningococcus B), 6 months (meningococci ACWY), 11 months (boosters), 12 months (MMR, meningococci ACWY and B), then MMR between 16 and 18 months. They are required to start at a nursery (crèche) or with a childminder; the meningococcal vaccines are also required there for children born from July 2023, with catch-up doses if needed.</translation>
        </message>
        <message>
            <source>À la maternité, on propose un test sur une goutte de sang du talon entre 48 et 72 heures de vie (13 maladies rares) et un test de l'audition. Ils sont gratuits et demandent votre accord.</source>
            <extracomment>From resources/content/items/sante.toml: item[8].message</extracomment>
            <translation type="vanished">At the maternity unit, you are offered a test on a drop of blood from the heel between 48 and 72 hours of life (13 rare diseases) and a hearing test. They are free and need your consent.</translation>
        </message>
        <message>
            <source>Les examens de santé de l'enfant</source>
            <extracomment>From resources/content/items/sante.toml: item[9].title</extracomment>
            <translation>The child’s health examinations</translation>
        </message>
        <message>
            <source>20 examens obligatoires jusqu'à 16 ans, dont 13 avant 3 ans, pris en charge à 100 %. Ils sont notés dans le carnet de santé ; ceux des 8 jours, du 9e mois et du 24e ou 25e mois donnent un certificat de santé. Le calendrier du Parcours les date pour votre enfant.</source>
            <extracomment>From resources/content/items/sante.toml: item[9].message</extracomment>
            <translation>20 compulsory examinations up to age 16, including 13 before age 3, fully covered (100 %). They are written in the health record book (carnet de santé); those at 8 days, in the 9th month and in the 24th or 25th month give a health certificate. Parcours’s calendar dates them for your child.</translation>
        </message>
        <message>
            <source>Visites médicales de l'enfant (Service-Public.fr)</source>
            <extracomment>From resources/content/items/sante.toml: item[9].link[0].title</extracomment>
            <translation>Child medical check-ups (Service-Public.fr)</translation>
        </message>
        <message>
            <source>Un examen des dents pendant la grossesse</source>
            <extracomment>From resources/content/items/sante.toml: item[10].title</extracomment>
            <translation>A dental check-up during pregnancy</translation>
        </message>
        <message>
            <source>À partir du 4e mois, un examen de prévention chez le dentiste est pris en charge à 100 %.</source>
            <extracomment>From resources/content/items/sante.toml: item[10].message</extracomment>
            <translation>From the 4th month, a preventive check-up at the dentist is fully covered (100 %).</translation>
        </message>
        <message>
            <source>Vos congés de second parent : 3 + 4 + 21 jours</source>
            <extracomment>From resources/content/items/second-parent.toml: item[0].title</extracomment>
            <translation>Your leave as the second parent: 3 + 4 + 21 days</translation>
        </message>
        <message>
            <source>Le père ou le co-parent salarié a droit à 3 jours de congé de naissance, puis 4 jours de congé de paternité obligatoires juste après, puis 21 jours à prendre (28 pour des jumeaux) en une ou deux fois, dans les 6 mois qui suivent la naissance. Prévenez votre employeur de la date prévue au moins un mois avant.</source>
            <extracomment>From resources/content/items/second-parent.toml: item[0].message</extracomment>
            <translation>The employed father or co-parent is entitled to 3 days of birth leave, then 4 compulsory days of paternity leave straight after, then 21 days to take (28 for twins) in one or two parts, within the 6 months after the birth. Tell your employer the expected date at least one month before.</translation>
        </message>
        <message>
            <source>Congé de paternité et d'accueil de l'enfant (Service-Public.fr)</source>
            <extracomment>From resources/content/items/second-parent.toml: item[0].link[0].title</extracomment>
            <translation>Paternity and childcare leave (Service-Public.fr)</translation>
        </message>
        <message>
            <source>Congé de 3 jours pour naissance (Service-Public.fr)</source>
            <extracomment>From resources/content/items/second-parent.toml: item[0].link[1].title</extracomment>
            <translation>3-day birth leave (Service-Public.fr)</translation>
        </message>
        <message>
            <source>Être là dès la grossesse</source>
            <extracomment>From resources/content/items/second-parent.toml: item[1].title</extracomment>
            <translation>Being there from pregnancy</translation>
        </message>
        <message>
            <source>Le second parent salarié peut s'absenter pour trois examens prénataux, et il est le bienvenu à l'entretien prénatal précoce et aux séances de préparation à la naissance.</source>
            <extracomment>From resources/content/items/second-parent.toml: item[1].message</extracomment>
            <translation>The second parent, if employed, can take time off for three prenatal examinations, and is welcome at the early prenatal interview and at the antenatal classes.</translation>
        </message>
        <message>
            <source>Prendre sa place dans les soins</source>
            <extracomment>From resources/content/items/second-parent.toml: item[2].title</extracomment>
            <translation>Taking your place in caring for the baby</translation>
        </message>
        <message>
            <source>Peau à peau, bain, change, biberons ou nuits, promenades, jeux : le bébé s'attache aux deux parents à travers les soins de tous les jours. Partager ces moments aide aussi le parent qui a accouché à se reposer.</source>
            <extracomment>From resources/content/items/second-parent.toml: item[2].message</extracomment>
            <translation>Skin-to-skin, bathing, changing, bottles or nights, walks, play: the baby bonds with both parents through everyday care. Sharing these moments also helps the parent who gave birth to rest.</translation>
        </message>
        <message>
            <source>Le moral du second parent compte aussi</source>
            <extracomment>From resources/content/items/second-parent.toml: item[3].title</extracomment>
            <translation>The second parent’s mood matters too</translation>
        </message>
        <message>
            <source>Près d'un père sur dix connaît une dépression après la naissance. Le questionnaire du Parcours existe en version pour le second parent : faites-le pour vous, et parlez-en à un professionnel si ça ne va pas.</source>
            <extracomment>From resources/content/items/second-parent.toml: item[3].message</extracomment>
            <translation>Nearly one father in ten goes through depression after a birth. Parcours’s questionnaire has a version for the second parent: do it for yourself, and talk to a professional if things are not going well.</translation>
        </message>
        <message>
            <source>Ne jamais secouer un bébé</source>
            <extracomment>From resources/content/items/securite.toml: item[0].title</extracomment>
            <translation>Never shake a baby</translation>
        </message>
        <message>
            <source>Secouer un bébé peut le blesser gravement ou le tuer, même une seule fois. Si ses pleurs vous épuisent, couchez-le sur le dos dans son lit, sortez de la pièce, respirez, appelez quelqu'un. Les pleurs ne sont pas une faute : ni la sienne, ni la vôtre. Dites-le à toutes les personnes qui le gardent.</source>
            <extracomment>From resources/content/items/securite.toml: item[0].message</extracomment>
            <translation>Shaking a baby can injure them seriously or kill them, even once. If their crying wears you out, lay them on their back in their cot, leave the room, breathe, call someone. Crying is nobody’s fault: not theirs, not yours. Tell everyone who looks after the baby.</translation>
        </message>
        <message>
            <source>Haute Autorité de santé</source>
            <extracomment>From resources/content/items/securite.toml: item[0].link[1].title</extracomment>
            <translation>Haute Autorité de santé (French National Authority for Health)</translation>
        </message>
        <message>
            <source>En voiture, dos à la route</source>
            <extracomment>From resources/content/items/securite.toml: item[1].title</extracomment>
            <translation>In the car, rear-facing</translation>
        </message>
        <message>
            <source>Dès la sortie de la maternité, un siège auto adapté à sa taille, dos à la route le plus longtemps possible, bien attaché à chaque trajet, même court.</source>
            <extracomment>From resources/content/items/securite.toml: item[1].message</extracomment>
            <translation>From the moment you leave the maternity unit, a car seat suited to the baby’s size, rear-facing for as long as possible, properly fastened on every journey, even a short one.</translation>
        </message>
        <message>
            <source>Les accidents de la maison</source>
            <extracomment>From resources/content/items/securite.toml: item[2].title</extracomment>
            <translation>Accidents at home</translation>
        </message>
        <message>
            <source>Ne laissez jamais un enfant seul dans le bain ni sur la table à langer, même quelques secondes. Rangez en hauteur médicaments, produits ménagers et piles bouton, bloquez fenêtres et escaliers. En cas d'intoxication, appelez le centre antipoison ou le 15.</source>
            <extracomment>From resources/content/items/securite.toml: item[2].message</extracomment>
            <translation>Never leave a child alone in the bath or on the changing table, even for a few seconds. Store medicines, household products and button batteries up high, and secure windows and stairs. In case of poisoning, call the poison control centre (centre antipoison) or 15.</translation>
        </message>
        <message>
            <source>Santé publique France</source>
            <extracomment>From resources/content/items/securite.toml: item[2].link[0].title</extracomment>
            <translation>Santé publique France (French public health agency)</translation>
        </message>
        <message>
            <source>Coucher bébé sur le dos, dans son lit</source>
            <extracomment>From resources/content/items/sommeil.toml: item[0].title</extracomment>
            <translation>Put the baby to sleep on their back, in their own bed</translation>
        </message>
        <message>
            <source>Toujours sur le dos, dans une turbulette (gigoteuse), sur un matelas ferme, dans son propre lit, sans oreiller, couette, tour de lit ni peluche. Idéalement dans la chambre des parents les 6 premiers mois, à 18-20 °C, sans fumée.</source>
            <extracomment>From resources/content/items/sommeil.toml: item[0].message</extracomment>
            <translation>Always on their back, in a baby sleeping bag (turbulette or gigoteuse), on a firm mattress, in their own bed, with no pillow, duvet, cot bumper or soft toy. Ideally in the parents’ room for the first 6 months, at 18-20 °C, with no smoke.</translation>
        </message>
        <message>
            <source>Le sommeil change avec l'âge</source>
            <extracomment>From resources/content/items/sommeil.toml: item[1].title</extracomment>
            <translation>Sleep changes with age</translation>
        </message>
        <message>
            <source>Un nouveau-né se réveille souvent, de jour comme de nuit : c'est normal. Peu à peu, des repères calmes et réguliers le soir (bain, histoire, câlin) l'aident à s'endormir. Reposez-vous quand il dort et faites-vous relayer.</source>
            <extracomment>From resources/content/items/sommeil.toml: item[1].message</extracomment>
            <translation>A newborn wakes up often, day and night: this is normal. Little by little, calm and regular routines in the evening (bath, story, cuddle) help them fall asleep. Rest when the baby sleeps and let others take over.</translation>
        </message>
        <message>
            <source>Les vaccins pendant la grossesse</source>
            <extracomment>From resources/content/items/vaccins.toml: item[0].title</extracomment>
            <translation>Vaccines during pregnancy</translation>
        </message>
        <message>
            <source>Le vaccin contre la coqueluche est recommandé, de préférence entre 20 et 36 SA. Un vaccin contre la bronchiolite (VRS) peut être proposé au 8e mois, entre 32 et 36 SA, selon la saison. Parlez-en à votre sage-femme ou à votre médecin.</source>
            <extracomment>From resources/content/items/vaccins.toml: item[0].message</extracomment>
            <translation>The whooping cough vaccine is recommended, preferably between 20 and 36 weeks of amenorrhoea (SA). A vaccine against bronchiolitis (RSV) may be offered in the 8th month, between 32 and 36 weeks (SA), depending on the season. Talk to your midwife or your doctor about it.</translation>
        </message>
        <message>
            <source>Vaccination Info Service</source>
            <extracomment>From resources/content/items/vaccins.toml: item[0].link[0].title; resources/content/items/vaccins.toml: item[1].link[0].title; resources/content/items/vaccins.toml: item[2].link[0].title</extracomment>
            <translation>Vaccination Info Service (official vaccination website)</translation>
        </message>
        <message>
            <source>Les vaccins obligatoires du bébé</source>
            <extracomment>From resources/content/items/vaccins.toml: item[1].title</extracomment>
            <translation>The baby’s compulsory vaccines</translation>
        </message>
        <message>
            <source>Depuis 2025 : à 2 mois et 4 mois (hexavalent et pneumocoque), 3 et 5 mois (méningocoque B), 6 mois (méningocoques ACWY), 11 mois (rappels), 12 mois (ROR, méningocoques ACWY et B), puis ROR entre 16 et 18 mois. Ils sont nécessaires pour entrer en crèche ou chez une assistante maternelle.</source>
            <extracomment>From resources/content/items/vaccins.toml: item[1].message</extracomment>
            <translation type="vanished">Since 2025: at 2 months and 4 months (6-in-1 and pneumococcus), 3 and 5 months (meningococcus B), 6 months (meningococci ACWY), 11 months (boosters), 12 months (MMR, meningococci ACWY and B), then MMR between 16 and 18 months. They are required to start at a nursery (crèche) or with a childminder.</translation>
        </message>
        <message>
            <source>Rotavirus et bronchiolite : des protections recommandées</source>
            <extracomment>From resources/content/items/vaccins.toml: item[2].title</extracomment>
            <translation>Rotavirus and bronchiolitis: recommended protection</translation>
        </message>
        <message>
            <source>Le vaccin contre le rotavirus (gastro-entérite) se donne par la bouche à partir de 6 semaines. Un traitement préventif contre la bronchiolite peut être proposé au bébé pendant sa première saison si la mère n'a pas été vaccinée. Ils sont recommandés, pas obligatoires.</source>
            <extracomment>From resources/content/items/vaccins.toml: item[2].message</extracomment>
            <translation>The rotavirus vaccine (gastroenteritis) is given by mouth from 6 weeks. A preventive treatment against bronchiolitis may be offered to the baby during their first season if the mother was not vaccinated. They are recommended, not compulsory.</translation>
        </message>
        <message>
            <source>un site de l'État (gouv.fr)</source>
            <extracomment>From resources/content/official_domains.toml: domain[0].label</extracomment>
            <translation>a French government website (gouv.fr)</translation>
        </message>
        <message>
            <source>Service-Public.fr, le site officiel de l'administration française</source>
            <extracomment>From resources/content/official_domains.toml: domain[1].label</extracomment>
            <translation>Service-Public.fr, the official website of the French administration</translation>
        </message>
        <message>
            <source>1000-premiers-jours.fr, le site officiel des 1000 premiers jours</source>
            <extracomment>From resources/content/official_domains.toml: domain[2].label</extracomment>
            <translation>1000-premiers-jours.fr, the official website of the first 1000 days</translation>
        </message>
        <message>
            <source>ameli.fr (Assurance Maladie)</source>
            <extracomment>From resources/content/official_domains.toml: domain[3].label</extracomment>
            <translation>ameli.fr (Assurance Maladie, French health insurance)</translation>
        </message>
        <message>
            <source>caf.fr (Caisse d'allocations familiales)</source>
            <extracomment>From resources/content/official_domains.toml: domain[4].label</extracomment>
            <translation>caf.fr (Caisse d'allocations familiales, family allowances fund)</translation>
        </message>
        <message>
            <source>monenfant.fr (modes d'accueil, site de la Caf)</source>
            <extracomment>From resources/content/official_domains.toml: domain[5].label</extracomment>
            <translation>monenfant.fr (childcare, the Caf’s website)</translation>
        </message>
        <message>
            <source>msa.fr (Mutualité sociale agricole)</source>
            <extracomment>From resources/content/official_domains.toml: domain[6].label</extracomment>
            <translation>msa.fr (Mutualité sociale agricole, farmers’ social security)</translation>
        </message>
        <message>
            <source>santepubliquefrance.fr (Santé publique France)</source>
            <extracomment>From resources/content/official_domains.toml: domain[7].label</extracomment>
            <translation>santepubliquefrance.fr (Santé publique France, the French public health agency)</translation>
        </message>
        <message>
            <source>mangerbouger.fr (Santé publique France)</source>
            <extracomment>From resources/content/official_domains.toml: domain[8].label</extracomment>
            <translation>mangerbouger.fr (Santé publique France, the French public health agency)</translation>
        </message>
        <message>
            <source>vaccination-info-service.fr (Santé publique France)</source>
            <extracomment>From resources/content/official_domains.toml: domain[9].label</extracomment>
            <translation>vaccination-info-service.fr (Santé publique France, the French public health agency)</translation>
        </message>
        <message>
            <source>alcool-info-service.fr (Santé publique France)</source>
            <extracomment>From resources/content/official_domains.toml: domain[10].label</extracomment>
            <translation>alcool-info-service.fr (Santé publique France, the French public health agency)</translation>
        </message>
        <message>
            <source>tabac-info-service.fr (Assurance Maladie et Santé publique France)</source>
            <extracomment>From resources/content/official_domains.toml: domain[11].label</extracomment>
            <translation>tabac-info-service.fr (Assurance Maladie and Santé publique France)</translation>
        </message>
        <message>
            <source>drogues-info-service.fr (Santé publique France)</source>
            <extracomment>From resources/content/official_domains.toml: domain[12].label</extracomment>
            <translation>drogues-info-service.fr (Santé publique France, the French public health agency)</translation>
        </message>
        <message>
            <source>agir-pour-bebe.fr (Santé publique France)</source>
            <extracomment>From resources/content/official_domains.toml: domain[13].label</extracomment>
            <translation>agir-pour-bebe.fr (Santé publique France, the French public health agency)</translation>
        </message>
        <message>
            <source>has-sante.fr (Haute Autorité de santé)</source>
            <extracomment>From resources/content/official_domains.toml: domain[14].label</extracomment>
            <translation>has-sante.fr (Haute Autorité de santé, French National Authority for Health)</translation>
        </message>
        <message>
            <source>3114.fr (numéro national de prévention du suicide)</source>
            <extracomment>From resources/content/official_domains.toml: domain[15].label</extracomment>
            <translation>3114.fr (national suicide prevention line)</translation>
        </message>
        <message>
            <source>mon-enfant-et-les-ecrans.fr (Union nationale des associations familiales)</source>
            <extracomment>From resources/content/official_domains.toml: domain[16].label</extracomment>
            <translation>mon-enfant-et-les-ecrans.fr (Union nationale des associations familiales, national union of family associations)</translation>
        </message>
        <message>
            <source>maman-blues.fr (association Maman Blues)</source>
            <extracomment>From resources/content/official_domains.toml: domain[17].label</extracomment>
            <translation>maman-blues.fr (the association Maman Blues)</translation>
        </message>
        <message>
            <source>enfance-et-partage.org (association Enfance et Partage, Allô Parents Bébé)</source>
            <extracomment>From resources/content/official_domains.toml: domain[18].label</extracomment>
            <translation>enfance-et-partage.org (the association Enfance et Partage, Allô Parents Bébé)</translation>
        </message>
        <message>
            <source>solidaritefemmes.org (Fédération nationale Solidarité Femmes, 3919)</source>
            <extracomment>From resources/content/official_domains.toml: domain[19].label</extracomment>
            <translation>solidaritefemmes.org (Fédération nationale Solidarité Femmes, the 3919 helpline)</translation>
        </message>
        <message>
            <source>sosprema.com (association SOS Préma)</source>
            <extracomment>From resources/content/official_domains.toml: domain[20].label</extracomment>
            <translation>sosprema.com (SOS Préma association)</translation>
        </message>
        <message>
            <source>github.com/SocialGouv (code source des outils officiels des ministères sociaux)</source>
            <extracomment>From resources/content/official_domains.toml: domain[21].label</extracomment>
            <translation>github.com/SocialGouv (source code of the official tools of the French social affairs ministries)</translation>
        </message>
    </context>
    <context>
        <name>directory</name>
        <message>
            <source>Maison des 1000 premiers jours</source>
            <extracomment>From src/parcours_app/core/directory.py:46</extracomment>
            <translation>Maison des 1000 premiers jours (first 1000 days centre)</translation>
        </message>
        <message>
            <source>Centre de PMI</source>
            <extracomment>From src/parcours_app/core/directory.py:47</extracomment>
            <translation>PMI centre (mother and child health)</translation>
        </message>
        <message>
            <source>Maternité</source>
            <extracomment>From src/parcours_app/core/directory.py:48</extracomment>
            <translation>Maternity unit</translation>
        </message>
        <message>
            <source>Caf</source>
            <extracomment>From src/parcours_app/core/directory.py:49</extracomment>
            <translation>Caf (family allowances fund)</translation>
        </message>
        <message>
            <source>CPAM (Assurance Maladie)</source>
            <extracomment>From src/parcours_app/core/directory.py:50</extracomment>
            <translation>CPAM (Assurance Maladie, health insurance)</translation>
        </message>
        <message>
            <source>Relais Petite Enfance</source>
            <extracomment>From src/parcours_app/core/directory.py:51</extracomment>
            <translation>Relais Petite Enfance (childcare information centre)</translation>
        </message>
        <message>
            <source>Lieu d'accueil enfants-parents (LAEP)</source>
            <extracomment>From src/parcours_app/core/directory.py:52</extracomment>
            <translation>Parent and child drop-in centre (LAEP)</translation>
        </message>
        <message>
            <source>Sage-femme</source>
            <extracomment>From src/parcours_app/core/directory.py:53</extracomment>
            <translation>Midwife</translation>
        </message>
        <message>
            <source>Pédiatre</source>
            <extracomment>From src/parcours_app/core/directory.py:54</extracomment>
            <translation>Paediatrician</translation>
        </message>
        <message>
            <source>Autre lieu</source>
            <extracomment>From src/parcours_app/core/directory.py:55</extracomment>
            <translation>Other place</translation>
        </message>
        <message>
            <source>le nom est obligatoire.</source>
            <extracomment>From src/parcours_app/core/directory.py:128</extracomment>
            <translation>the name is required.</translation>
        </message>
        <message>
            <source>le nom est trop long (%1 caractères au plus).</source>
            <extracomment>From src/parcours_app/core/directory.py:131</extracomment>
            <translation>the name is too long (%1 characters at most).</translation>
        </message>
        <message>
            <source>le champ « %1 » est trop long (%2 caractères au plus).</source>
            <extracomment>From src/parcours_app/core/directory.py:112</extracomment>
            <translation>the field “%1” is too long (%2 characters at most).</translation>
        </message>
        <message>
            <source>le téléphone « %1 » ne contient pas que des chiffres, espaces, + ou points.</source>
            <extracomment>From src/parcours_app/core/directory.py:137</extracomment>
            <translation>the phone number “%1” does not contain only digits, spaces, + or dots.</translation>
        </message>
        <message>
            <source>l'adresse e-mail « %1 » n'est pas valide.</source>
            <extracomment>From src/parcours_app/core/directory.py:145</extracomment>
            <translation>the email address “%1” is not valid.</translation>
        </message>
        <message>
            <source>le site « %1 » doit être une adresse web complète (https://…).</source>
            <extracomment>From src/parcours_app/core/directory.py:151</extracomment>
            <translation>the website “%1” must be a full web address (https://…).</translation>
        </message>
        <message>
            <source>un service est trop long (%1 caractères au plus).</source>
            <extracomment>From src/parcours_app/core/directory.py:161; src/parcours_app/core/directory.py:212</extracomment>
            <translation>a service is too long (%1 characters at most).</translation>
        </message>
        <message>
            <source>seule une Maison des 1000 premiers jours a des services classés par composante.</source>
            <extracomment>From src/parcours_app/core/directory.py:167</extracomment>
            <translation>only a Maison des 1000 premiers jours has services sorted by component.</translation>
        </message>
        <message>
            <source>trop de services (%1 au plus).</source>
            <extracomment>From src/parcours_app/core/directory.py:172</extracomment>
            <translation>too many services (%1 at most).</translation>
        </message>
        <message>
            <source>la langue « %1 » n'est pas proposée (%2).</source>
            <extracomment>From src/parcours_app/core/directory.py:193; src/parcours_app/core/directory.py:494</extracomment>
            <translation>the language “%1” is not offered (%2).</translation>
        </message>
        <message>
            <source>la langue « %1 » est donnée deux fois.</source>
            <extracomment>From src/parcours_app/core/directory.py:201</extracomment>
            <translation>the language “%1” is given twice.</translation>
        </message>
        <message>
            <source>Ce fichier n'est pas un annuaire lisible (JSON invalide ligne %1, colonne %2).</source>
            <extracomment>From src/parcours_app/core/directory.py:316</extracomment>
            <translation>This file is not a readable directory (invalid JSON at line %1, column %2).</translation>
        </message>
        <message>
            <source>Ce fichier n'est pas un annuaire exporté par Parcours 1000 jours.</source>
            <extracomment>From src/parcours_app/core/directory.py:323</extracomment>
            <translation>This file is not a directory exported by Parcours 1000 jours.</translation>
        </message>
        <message>
            <source>La version du fichier d'annuaire est absente ou illisible.</source>
            <extracomment>From src/parcours_app/core/directory.py:326</extracomment>
            <translation>The version of the directory file is missing or unreadable.</translation>
        </message>
        <message>
            <source>Ce fichier d'annuaire vient d'une version plus récente de l'application (format %1) : mettez-la à jour.</source>
            <extracomment>From src/parcours_app/core/directory.py:329</extracomment>
            <translation>This directory file comes from a newer version of the application (format %1): update the application.</translation>
        </message>
        <message>
            <source>Le fichier d'annuaire ne contient pas de liste « places ».</source>
            <extracomment>From src/parcours_app/core/directory.py:338</extracomment>
            <translation>The directory file does not contain a “places” list.</translation>
        </message>
        <message>
            <source>Le fichier contient trop de lieux (%1 au plus).</source>
            <extracomment>From src/parcours_app/core/directory.py:341</extracomment>
            <translation>The file contains too many places (%1 at most).</translation>
        </message>
        <message>
            <source>Le fichier %1 est trop gros pour être un annuaire.</source>
            <extracomment>From src/parcours_app/core/directory.py:352</extracomment>
            <translation>The file %1 is too big to be a directory.</translation>
        </message>
        <message>
            <source>Le fichier %1 n'a pas pu être lu (%2).</source>
            <extracomment>From src/parcours_app/core/directory.py:357</extracomment>
            <translation>The file %1 could not be read (%2).</translation>
        </message>
        <message>
            <source>Le fichier %1 n'est pas un texte UTF-8 : ce n'est pas un annuaire.</source>
            <extracomment>From src/parcours_app/core/directory.py:365</extracomment>
            <translation>The file %1 is not UTF-8 text: it is not a directory.</translation>
        </message>
        <message>
            <source>L'annuaire n'a pas pu être enregistré dans %1 (%2).</source>
            <extracomment>From src/parcours_app/core/directory.py:386</extracomment>
            <translation>The directory could not be saved in %1 (%2).</translation>
        </message>
        <message>
            <source>ce n'est pas une fiche de lieu.</source>
            <extracomment>From src/parcours_app/core/directory.py:442</extracomment>
            <translation>this is not a place record.</translation>
        </message>
        <message>
            <source>champ inconnu « %1 ».</source>
            <extracomment>From src/parcours_app/core/directory.py:447; src/parcours_app/core/directory.py:514; src/parcours_app/core/directory.py:539</extracomment>
            <translation>unknown field “%1”.</translation>
        </message>
        <message>
            <source>le type de lieu « %1 » est inconnu.</source>
            <extracomment>From src/parcours_app/core/directory.py:454</extracomment>
            <translation>the type of place “%1” is unknown.</translation>
        </message>
        <message>
            <source>le champ « %1 » doit être un texte.</source>
            <extracomment>From src/parcours_app/core/directory.py:461; src/parcours_app/core/directory.py:522; src/parcours_app/core/directory.py:558</extracomment>
            <translation>the field “%1” must be text.</translation>
        </message>
        <message>
            <source>« services » doit être une liste.</source>
            <extracomment>From src/parcours_app/core/directory.py:466</extracomment>
            <translation>“services” must be a list.</translation>
        </message>
        <message>
            <source>« %1 » doit être un objet par langue (en, ar).</source>
            <extracomment>From src/parcours_app/core/directory.py:488</extracomment>
            <translation>“%1” must be an object with one entry per language (en, ar).</translation>
        </message>
        <message>
            <source>« %1 » doit être un objet.</source>
            <extracomment>From src/parcours_app/core/directory.py:508</extracomment>
            <translation>“%1” must be an object.</translation>
        </message>
        <message>
            <source>chaque service a une « component » et un texte « service ».</source>
            <extracomment>From src/parcours_app/core/directory.py:543</extracomment>
            <translation>each service has a “component” and a “service” text.</translation>
        </message>
        <message>
            <source>la composante « %1 » n'existe pas.</source>
            <extracomment>From src/parcours_app/core/directory.py:550</extracomment>
            <translation>the component “%1” does not exist.</translation>
        </message>
        <message>
            <source>Fiche du lieu : %1</source>
            <extracomment>From src/parcours_app/core/directory.py:582</extracomment>
            <translation>Place record: %1</translation>
        </message>
        <message>
            <source>Lieu n° %1 du fichier : %2</source>
            <extracomment>From src/parcours_app/core/directory.py:583</extracomment>
            <translation>Place no. %1 in the file: %2</translation>
        </message>
    </context>
    <context>
        <name>epds</name>
        <message>
            <source>La question %1 n'a pas de réponse qui vaut %2 points.</source>
            <extracomment>From src/parcours_app/core/epds.py:77</extracomment>
            <translation>Question %1 has no answer worth %2 points.</translation>
        </message>
        <message>
            <source>Votre réponse sur l'idée de vous faire du mal compte plus que le score</source>
            <extracomment>From src/parcours_app/core/epds.py:133</extracomment>
            <translation>Your answer about the thought of harming yourself matters more than the score</translation>
        </message>
        <message>
            <source>Vos réponses montrent des signes importants de souffrance</source>
            <extracomment>From src/parcours_app/core/epds.py:135</extracomment>
            <translation>Your answers show important signs of distress</translation>
        </message>
        <message>
            <source>Vos réponses montrent certains signes de souffrance</source>
            <extracomment>From src/parcours_app/core/epds.py:137</extracomment>
            <translation>Your answers show some signs of distress</translation>
        </message>
        <message>
            <source>Vos réponses montrent peu de signes de souffrance</source>
            <extracomment>From src/parcours_app/core/epds.py:138</extracomment>
            <translation>Your answers show few signs of distress</translation>
        </message>
        <message>
            <source>Votre score est de %1 sur 30. Vous avez répondu « très souvent » à la question sur l'idée de vous faire du mal : quel que soit le score, c'est un signe important dont il faut parler sans attendre.</source>
            <extracomment>From src/parcours_app/core/epds.py:124</extracomment>
            <translation type="vanished">Your score is %1 out of 30. You answered “Yes, quite often” to the question about the thought of harming yourself: whatever the score, this is an important sign to talk about without waiting.</translation>
        </message>
        <message>
            <source>Votre score est de %1 sur 30 (13 ou plus). Ce niveau est celui où un professionnel de santé doit vous écouter et vous proposer de l'aide : parlez-en dès que possible, cette semaine.</source>
            <extracomment>From src/parcours_app/core/epds.py:159</extracomment>
            <translation>Your score is %1 out of 30 (13 or more). At this level, a health professional needs to listen to you and offer you help: talk about it as soon as possible, this week.</translation>
        </message>
        <message>
            <source>Votre score est de %1 sur 30 (entre 9 et 12). Nous vous conseillons d'en parler bientôt, dans les prochains jours, à un professionnel de santé.</source>
            <extracomment>From src/parcours_app/core/epds.py:175</extracomment>
            <translation>Your score is %1 out of 30 (between 9 and 12). We advise you to talk about it soon, in the next few days, with a health professional.</translation>
        </message>
        <message>
            <source>Votre score est de %1 sur 30 (entre 9 et 12). Ces signes méritent d'être suivis : parlez-en à un professionnel de santé lors de votre prochain rendez-vous, ou avant si cela ne va pas mieux.</source>
            <extracomment>From src/parcours_app/core/epds.py:181</extracomment>
            <translation>Your score is %1 out of 30 (between 9 and 12). These signs deserve to be followed: talk about them with a health professional at your next appointment, or sooner if things do not get better.</translation>
        </message>
        <message>
            <source>Votre score est de %1 sur 30 (moins de 9), mais votre réponse à la question sur l'idée de vous faire du mal compte plus que le score : parlez-en à un professionnel de santé dans les prochains jours, ou tout de suite au 3114.</source>
            <extracomment>From src/parcours_app/core/epds.py:188</extracomment>
            <translation>Your score is %1 out of 30 (less than 9), but your answer to the question about the thought of harming yourself counts more than the score: talk about it with a health professional in the next few days, or right now by calling 3114.</translation>
        </message>
        <message>
            <source>Votre score est de %1 sur 30 (moins de 9). Si vous ne vous sentez pas bien pour autant, parlez-en : votre ressenti compte plus qu'un score. Vous pouvez refaire le questionnaire dans %2 jours.</source>
            <extracomment>From src/parcours_app/core/epds.py:159</extracomment>
            <translation type="vanished">Your score is %1 out of 30 (less than 9). If you do not feel well all the same, talk about it: how you feel counts more than a score. You can take the questionnaire again in %2 days.</translation>
        </message>
        <message>
            <source>Votre score est de %1 sur 30. À la question sur l'idée de vous faire du mal, vous avez répondu « %2 » (la réponse la plus forte) : quel que soit le score, c'est un signe important dont il faut parler sans attendre.</source>
            <extracomment>From src/parcours_app/core/epds.py:151</extracomment>
            <translation>Your score is %1 out of 30. To the question about the thought of harming yourself, you answered “%2” (the strongest answer): whatever the score, this is an important sign to talk about without waiting.</translation>
        </message>
        <message>
            <source>Votre score est de %1 sur 30 (entre 9 et 12), mais votre réponse à la question sur l'idée de vous faire du mal compte plus que le score : parlez-en à un professionnel de santé dans les prochains jours, ou tout de suite au 3114.</source>
            <extracomment>From src/parcours_app/core/epds.py:167</extracomment>
            <translation>Your score is %1 out of 30 (between 9 and 12), but your answer to the question about the thought of harming yourself matters more than the score: talk about it with a health professional in the next few days, or right now on 3114.</translation>
        </message>
        <message>
            <source>Votre score est de %1 sur 30 (moins de 9). Si vous ne vous sentez pas bien pour autant, parlez-en : votre ressenti compte plus qu'un score. Vous pouvez refaire le questionnaire dans %2.</source>
            <extracomment>From src/parcours_app/core/epds.py:195</extracomment>
            <translation>Your score is %1 out of 30 (less than 9). If you do not feel well all the same, talk about it: how you feel counts more than a score. You can take the questionnaire again in %2.</translation>
        </message>
        <message numerus="yes">
            <source>%n jour(s)</source>
            <extracomment>From src/parcours_app/core/epds.py:200</extracomment>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message>
            <source>Vous avez répondu que l'idée de vous faire du mal vous est venue ces 7 derniers jours. Vous pouvez en parler dès maintenant : le 3114 répond à toute heure, gratuitement. En cas de danger immédiat, appelez le 15 ou le 112.</source>
            <extracomment>From src/parcours_app/core/epds.py:207</extracomment>
            <translation>You answered that the thought of harming yourself has occurred to you in the past 7 days. You can talk about it right now: 3114 answers at any hour, free of charge. In case of immediate danger, call 15 or 112.</translation>
        </message>
        <message>
            <source>Prenez rendez-vous rapidement avec la sage-femme ou le médecin qui vous suit (médecin traitant, gynécologue). Vous pouvez lui montrer ce résultat imprimé.</source>
            <extracomment>From src/parcours_app/core/epds.py:219</extracomment>
            <translation>Make an appointment soon with the midwife or doctor who follows you (GP, gynaecologist). You can show them this result printed out.</translation>
        </message>
        <message>
            <source>Parlez de votre humeur à la sage-femme ou au médecin qui vous suit, au prochain rendez-vous.</source>
            <extracomment>From src/parcours_app/core/epds.py:227</extracomment>
            <translation>Talk about your mood with the midwife or doctor who follows you, at your next appointment.</translation>
        </message>
        <message>
            <source>La PMI (protection maternelle et infantile) de votre département reçoit gratuitement les parents : sages-femmes, puéricultrices et médecins peuvent vous écouter et vous orienter.</source>
            <extracomment>From src/parcours_app/core/epds.py:233</extracomment>
            <translation>The PMI (protection maternelle et infantile, mother and child health centre) of your département sees parents free of charge: midwives, children’s nurses and doctors can listen to you and guide you.</translation>
        </message>
        <message>
            <source>L'entretien prénatal précoce, proposé dès le 4e mois de grossesse avec une sage-femme ou un médecin, est fait pour parler de ce que vous vivez, avec l'autre parent si vous le souhaitez.</source>
            <extracomment>From src/parcours_app/core/epds.py:241</extracomment>
            <translation>The early prenatal interview, offered from the 4th month of pregnancy with a midwife or a doctor, is there to talk about what you are going through, with the other parent if you wish.</translation>
        </message>
        <message>
            <source>L'entretien postnatal précoce, entre la 4e et la 8e semaine après la naissance, est fait pour parler de ce que vous vivez, avec l'autre parent si vous le souhaitez.</source>
            <extracomment>From src/parcours_app/core/epds.py:249</extracomment>
            <translation>The early postnatal interview, between the 4th and the 8th week after the birth, is there to talk about what you are going through, with the other parent if you wish.</translation>
        </message>
        <message>
            <source>Vous n'avez pas à attendre un rendez-vous pour être écouté : les numéros ci-dessous répondent gratuitement.</source>
            <extracomment>From src/parcours_app/core/epds.py:256</extracomment>
            <translation>You do not have to wait for an appointment to be listened to: the numbers below answer free of charge.</translation>
        </message>
        <message>
            <source>Ce questionnaire est une aide au repérage, pas un diagnostic : seul un professionnel de santé peut évaluer votre situation et vous accompagner.</source>
            <extracomment>From src/parcours_app/core/epds.py:286</extracomment>
            <translation>This questionnaire is a screening aid, not a diagnosis: only a health professional can assess your situation and support you.</translation>
        </message>
        <message>
            <source>Vos réponses restent sur cet ordinateur et ne sont envoyées nulle part. Rien n'est gardé, sauf si vous cochez « Garder ce résultat sur cet ordinateur ».</source>
            <extracomment>From src/parcours_app/core/epds.py:292</extracomment>
            <translation>Your answers stay on this computer and are not sent anywhere. Nothing is kept, unless you tick “Keep this result on this computer”.</translation>
        </message>
        <message>
            <source>signes importants</source>
            <extracomment>From src/parcours_app/core/epds.py:303</extracomment>
            <translation>important signs</translation>
        </message>
        <message>
            <source>certains signes</source>
            <extracomment>From src/parcours_app/core/epds.py:305</extracomment>
            <translation>some signs</translation>
        </message>
        <message>
            <source>peu de signes</source>
            <extracomment>From src/parcours_app/core/epds.py:306</extracomment>
            <translation>few signs</translation>
        </message>
        <message>
            <source>la mère</source>
            <extracomment>From src/parcours_app/core/epds.py:311</extracomment>
            <translation>the mother</translation>
        </message>
        <message>
            <source>l'autre parent</source>
            <extracomment>From src/parcours_app/core/epds.py:312</extracomment>
            <translation>the other parent</translation>
        </message>
        <message>
            <source>Le questionnaire n'est proposé qu'en français et en anglais : ses scores ne sont valables que dans une traduction validée par une étude publiée, et l'application n'en contient pas encore pour votre langue. Vous pouvez choisir la langue qui vous est la plus facile.</source>
            <extracomment>From src/parcours_app/core/epds.py:324</extracomment>
            <translation>The questionnaire is only offered in French and in English: its scores are only valid in a translation validated by a published study, and the application does not yet contain one for your language. You can choose the language that is easiest for you.</translation>
        </message>
        <message>
            <source>Le fichier %1 est illisible : %2</source>
            <extracomment>From src/parcours_app/core/epds.py:341</extracomment>
            <translation>The file %1 cannot be read: %2</translation>
        </message>
        <message>
            <source>Texte manquant ou mal formé dans le questionnaire : %1</source>
            <extracomment>From src/parcours_app/core/epds.py:349</extracomment>
            <translation>Missing or badly formed text in the questionnaire: %1</translation>
        </message>
        <message>
            <source>Le fichier %1 est incomplet : %2</source>
            <extracomment>From src/parcours_app/core/epds.py:371; src/parcours_app/core/epds.py:426</extracomment>
            <translation>The file %1 is incomplete: %2</translation>
        </message>
        <message>
            <source>Le questionnaire n'existe qu'en français (fr) et en anglais (en), pas en « %1 ».</source>
            <extracomment>From src/parcours_app/core/epds.py:391</extracomment>
            <translation>The questionnaire only exists in French (fr) and in English (en), not in “%1”.</translation>
        </message>
        <message>
            <source>%1 : les questions doivent aller de 1 à %2.</source>
            <extracomment>From src/parcours_app/core/epds.py:435</extracomment>
            <translation>%1: the questions must go from 1 to %2.</translation>
        </message>
        <message>
            <source>%1 : la question %2 doit avoir 4 réponses valant 0 à 3 points.</source>
            <extracomment>From src/parcours_app/core/epds.py:440</extracomment>
            <translation>%1: question %2 must have 4 answers worth 0 to 3 points.</translation>
        </message>
        <message>
            <source>Le questionnaire a %1 questions : %2 réponses ont été données. Répondez à chaque question.</source>
            <extracomment>From src/parcours_app/core/epds.py:451</extracomment>
            <translation>The questionnaire has %1 questions: %2 answers were given. Answer every question.</translation>
        </message>
        <message>
            <source>La réponse à la question %1 vaut « %2 » points : les réponses possibles valent de 0 à 3 points.</source>
            <extracomment>From src/parcours_app/core/epds.py:461</extracomment>
            <translation>The answer to question %1 is worth “%2” points: the possible answers are worth 0 to 3 points.</translation>
        </message>
        <message>
            <source>La question %1 n'a pas de réponse numéro %2.</source>
            <extracomment>From src/parcours_app/core/epds.py:506</extracomment>
            <translation>Question %1 has no answer number %2.</translation>
        </message>
    </context>
    <context>
        <name>epds.feminine</name>
        <message>
            <source>Vos réponses montrent des signes importants de souffrance</source>
            <extracomment>From src/parcours_app/core/epds.py:135</extracomment>
            <translation>Your answers show important signs of distress</translation>
        </message>
        <message>
            <source>Vos réponses montrent certains signes de souffrance</source>
            <extracomment>From src/parcours_app/core/epds.py:137</extracomment>
            <translation>Your answers show some signs of distress</translation>
        </message>
        <message>
            <source>Vos réponses montrent peu de signes de souffrance</source>
            <extracomment>From src/parcours_app/core/epds.py:138</extracomment>
            <translation>Your answers show few signs of distress</translation>
        </message>
        <message>
            <source>Votre score est de %1 sur 30. À la question sur l'idée de vous faire du mal, vous avez répondu « %2 » (la réponse la plus forte) : quel que soit le score, c'est un signe important dont il faut parler sans attendre.</source>
            <extracomment>From src/parcours_app/core/epds.py:151</extracomment>
            <translation>Your score is %1 out of 30. To the question about the thought of harming yourself, you answered “%2” (the strongest answer): whatever the score, this is an important sign to talk about without waiting.</translation>
        </message>
        <message>
            <source>Votre score est de %1 sur 30 (13 ou plus). Ce niveau est celui où un professionnel de santé doit vous écouter et vous proposer de l'aide : parlez-en dès que possible, cette semaine.</source>
            <extracomment>From src/parcours_app/core/epds.py:159</extracomment>
            <translation>Your score is %1 out of 30 (13 or more). At this level, a health professional needs to listen to you and offer you help: talk about it as soon as possible, this week.</translation>
        </message>
        <message>
            <source>Votre score est de %1 sur 30 (entre 9 et 12). Nous vous conseillons d'en parler bientôt, dans les prochains jours, à un professionnel de santé.</source>
            <extracomment>From src/parcours_app/core/epds.py:175</extracomment>
            <translation>Your score is %1 out of 30 (between 9 and 12). We advise you to talk about it soon, in the next few days, with a health professional.</translation>
        </message>
        <message>
            <source>Votre score est de %1 sur 30 (entre 9 et 12). Ces signes méritent d'être suivis : parlez-en à un professionnel de santé lors de votre prochain rendez-vous, ou avant si cela ne va pas mieux.</source>
            <extracomment>From src/parcours_app/core/epds.py:181</extracomment>
            <translation>Your score is %1 out of 30 (between 9 and 12). These signs deserve to be followed: talk about them with a health professional at your next appointment, or sooner if things do not get better.</translation>
        </message>
        <message>
            <source>Votre score est de %1 sur 30 (moins de 9), mais votre réponse à la question sur l'idée de vous faire du mal compte plus que le score : parlez-en à un professionnel de santé dans les prochains jours, ou tout de suite au 3114.</source>
            <extracomment>From src/parcours_app/core/epds.py:188</extracomment>
            <translation>Your score is %1 out of 30 (less than 9), but your answer to the question about the thought of harming yourself counts more than the score: talk about it with a health professional in the next few days, or right now by calling 3114.</translation>
        </message>
        <message>
            <source>Votre score est de %1 sur 30 (moins de 9). Si vous ne vous sentez pas bien pour autant, parlez-en : votre ressenti compte plus qu'un score. Vous pouvez refaire le questionnaire dans %2.</source>
            <extracomment>From src/parcours_app/core/epds.py:195</extracomment>
            <translation>Your score is %1 out of 30 (less than 9). If you do not feel well all the same, talk about it: how you feel counts more than a score. You can take the questionnaire again in %2.</translation>
        </message>
        <message>
            <source>Vous avez répondu que l'idée de vous faire du mal vous est venue ces 7 derniers jours. Vous pouvez en parler dès maintenant : le 3114 répond à toute heure, gratuitement. En cas de danger immédiat, appelez le 15 ou le 112.</source>
            <extracomment>From src/parcours_app/core/epds.py:207</extracomment>
            <translation>You answered that the thought of harming yourself has occurred to you in the past 7 days. You can talk about it right now: 3114 answers at any hour, free of charge. In case of immediate danger, call 15 or 112.</translation>
        </message>
        <message>
            <source>Prenez rendez-vous rapidement avec la sage-femme ou le médecin qui vous suit (médecin traitant, gynécologue). Vous pouvez lui montrer ce résultat imprimé.</source>
            <extracomment>From src/parcours_app/core/epds.py:219</extracomment>
            <translation>Make an appointment soon with the midwife or doctor who follows you (GP, gynaecologist). You can show them this result printed out.</translation>
        </message>
        <message>
            <source>Parlez de votre humeur à la sage-femme ou au médecin qui vous suit, au prochain rendez-vous.</source>
            <extracomment>From src/parcours_app/core/epds.py:227</extracomment>
            <translation>Talk about your mood with the midwife or doctor who follows you, at your next appointment.</translation>
        </message>
        <message>
            <source>La PMI (protection maternelle et infantile) de votre département reçoit gratuitement les parents : sages-femmes, puéricultrices et médecins peuvent vous écouter et vous orienter.</source>
            <extracomment>From src/parcours_app/core/epds.py:233</extracomment>
            <translation>The PMI (protection maternelle et infantile, mother and child health centre) of your département sees parents free of charge: midwives, children’s nurses and doctors can listen to you and guide you.</translation>
        </message>
        <message>
            <source>L'entretien prénatal précoce, proposé dès le 4e mois de grossesse avec une sage-femme ou un médecin, est fait pour parler de ce que vous vivez, avec l'autre parent si vous le souhaitez.</source>
            <extracomment>From src/parcours_app/core/epds.py:241</extracomment>
            <translation>The early prenatal interview, offered from the 4th month of pregnancy with a midwife or a doctor, is there to talk about what you are going through, with the other parent if you wish.</translation>
        </message>
        <message>
            <source>L'entretien postnatal précoce, entre la 4e et la 8e semaine après la naissance, est fait pour parler de ce que vous vivez, avec l'autre parent si vous le souhaitez.</source>
            <extracomment>From src/parcours_app/core/epds.py:249</extracomment>
            <translation>The early postnatal interview, between the 4th and the 8th week after the birth, is there to talk about what you are going through, with the other parent if you wish.</translation>
        </message>
        <message>
            <source>Vous n'avez pas à attendre un rendez-vous pour être écouté : les numéros ci-dessous répondent gratuitement.</source>
            <extracomment>From src/parcours_app/core/epds.py:256</extracomment>
            <translation>You do not have to wait for an appointment to be listened to: the numbers below answer free of charge.</translation>
        </message>
    </context>
    <context>
        <name>helplines</name>
        <message>
            <source>Le fichier %1 est illisible : %2</source>
            <extracomment>From src/parcours_app/core/helplines.py:57</extracomment>
            <translation>The file %1 cannot be read: %2</translation>
        </message>
        <message>
            <source>%1, entrée %2 : champs manquants ou source sans adresse https (%3).</source>
            <extracomment>From src/parcours_app/core/helplines.py:64</extracomment>
            <translation>%1, entry %2: missing fields or a source without an https address (%3).</translation>
        </message>
        <message>
            <source>%1, entrée %2 : %3</source>
            <extracomment>From src/parcours_app/core/helplines.py:87</extracomment>
            <translation>%1, entry %2: %3</translation>
        </message>
        <message>
            <source>%1 : aucune ligne d'urgence (crisis = true).</source>
            <extracomment>From src/parcours_app/core/helplines.py:90</extracomment>
            <translation>%1: no emergency line (crisis = true).</translation>
        </message>
        <message>
            <source>3114 : numéro national de prévention du suicide</source>
            <extracomment>From resources/content/helplines.toml: helplines[0].name</extracomment>
            <translation>3114: national suicide prevention line</translation>
        </message>
        <message>
            <source>Si vous pensez à vous faire du mal ou au suicide, ou si vous êtes inquiet ou inquiète pour un proche : des soignants vous écoutent et vous aident.</source>
            <extracomment>From resources/content/helplines.toml: helplines[0].purpose</extracomment>
            <translation>If you are thinking of harming yourself or of suicide, or if you are worried about someone close to you: health professionals listen to you and help you.</translation>
        </message>
        <message>
            <source>Gratuit, à toute heure, 24 heures sur 24 et 7 jours sur 7.</source>
            <extracomment>From resources/content/helplines.toml: helplines[0].availability</extracomment>
            <translation>Free, at any hour, 24 hours a day, 7 days a week.</translation>
        </message>
        <message>
            <source>15 : SAMU</source>
            <extracomment>From resources/content/helplines.toml: helplines[1].name</extracomment>
            <translation>15: SAMU (emergency medical service)</translation>
        </message>
        <message>
            <source>Urgence médicale, danger immédiat pour vous ou pour votre bébé.</source>
            <extracomment>From resources/content/helplines.toml: helplines[1].purpose</extracomment>
            <translation>Medical emergency, immediate danger for you or your baby.</translation>
        </message>
        <message>
            <source>Gratuit, à toute heure.</source>
            <extracomment>From resources/content/helplines.toml: helplines[1].availability; resources/content/helplines.toml: helplines[2].availability</extracomment>
            <translation>Free, at any hour.</translation>
        </message>
        <message>
            <source>112 : numéro d'urgence européen</source>
            <extracomment>From resources/content/helplines.toml: helplines[2].name</extracomment>
            <translation>112: European emergency number</translation>
        </message>
        <message>
            <source>Toute urgence, depuis n'importe quel pays de l'Union européenne, y compris depuis un téléphone portable.</source>
            <extracomment>From resources/content/helplines.toml: helplines[2].purpose</extracomment>
            <translation>Any emergency, from any country of the European Union, including from a mobile phone.</translation>
        </message>
        <message>
            <source>114 : urgence par SMS</source>
            <extracomment>From resources/content/helplines.toml: helplines[3].name</extracomment>
            <translation>114: emergency by text message</translation>
        </message>
        <message>
            <source>Pour demander les secours par SMS quand on ne peut pas parler ou entendre (personnes sourdes ou malentendantes, ou danger à parler).</source>
            <extracomment>From resources/content/helplines.toml: helplines[3].purpose</extracomment>
            <translation>To call for help by text message when you cannot speak or hear (deaf or hard-of-hearing people, or when speaking is dangerous).</translation>
        </message>
        <message>
            <source>Gratuit, par SMS, visiophonie ou tchat.</source>
            <extracomment>From resources/content/helplines.toml: helplines[3].availability</extracomment>
            <translation>Free, by text message, video call or chat.</translation>
        </message>
        <message>
            <source>Allô Parents Bébé : 0 800 00 34 56</source>
            <extracomment>From resources/content/helplines.toml: helplines[4].name</extracomment>
            <translation>Allô Parents Bébé : 0 800 00 34 56</translation>
        </message>
        <message>
            <source>Écoute et conseils des parents, de la grossesse aux premières années de l'enfant : fatigue, pleurs du bébé, doutes, difficultés du quotidien.</source>
            <extracomment>From resources/content/helplines.toml: helplines[4].purpose</extracomment>
            <translation>Listening and advice for parents, from pregnancy to the child's first years: tiredness, a crying baby, doubts, everyday difficulties.</translation>
        </message>
        <message>
            <source>Gratuit et anonyme. Horaires : voir le site de l'association Enfance et Partage.</source>
            <extracomment>From resources/content/helplines.toml: helplines[4].availability</extracomment>
            <translation>Free and anonymous. Opening hours: see the website of the association Enfance et Partage.</translation>
        </message>
        <message>
            <source>3919 : Violences Femmes Info</source>
            <extracomment>From resources/content/helplines.toml: helplines[5].name</extracomment>
            <translation>3919: Violences Femmes Info (violence against women)</translation>
        </message>
        <message>
            <source>Violences conjugales, sexuelles ou psychologiques : écoute, informations et orientation, pour les victimes et leurs proches.</source>
            <extracomment>From resources/content/helplines.toml: helplines[5].purpose</extracomment>
            <translation>Domestic, sexual or psychological violence: listening, information and guidance, for victims and those close to them.</translation>
        </message>
        <message>
            <source>Gratuit et anonyme, à toute heure.</source>
            <extracomment>From resources/content/helplines.toml: helplines[5].availability</extracomment>
            <translation>Free and anonymous, at any hour.</translation>
        </message>
        <message>
            <source>119 : Allô Enfance en Danger</source>
            <extracomment>From resources/content/helplines.toml: helplines[6].name</extracomment>
            <translation>119: Allô Enfance en Danger (children at risk)</translation>
        </message>
        <message>
            <source>Un enfant est en danger ou risque de l'être, y compris si vous craignez de ne plus pouvoir vous en occuper : écoute et protection.</source>
            <extracomment>From resources/content/helplines.toml: helplines[6].purpose</extracomment>
            <translation>A child is in danger or at risk, including if you fear you can no longer look after them: listening and protection.</translation>
        </message>
        <message>
            <source>Gratuit, à toute heure ; l'appel n'apparaît pas sur les factures.</source>
            <extracomment>From resources/content/helplines.toml: helplines[6].availability</extracomment>
            <translation>Free, at any hour; the call does not appear on phone bills.</translation>
        </message>
        <message>
            <source>Maman Blues</source>
            <extracomment>From resources/content/helplines.toml: helplines[7].name</extracomment>
            <translation>Maman Blues</translation>
        </message>
        <message>
            <source>Association de parents qui ont traversé une difficulté maternelle ou une dépression postnatale : témoignages, écoute, rencontres ; partenaire officiel de « 1000 jours blues ».</source>
            <extracomment>From resources/content/helplines.toml: helplines[7].purpose</extracomment>
            <translation>An association of parents who went through difficulties as mothers or postnatal depression: testimonies, listening, meetings; official partner of “1000 jours blues”.</translation>
        </message>
        <message>
            <source>Contact par le site de l'association.</source>
            <extracomment>From resources/content/helplines.toml: helplines[7].availability</extracomment>
            <translation>Contact through the association's website.</translation>
        </message>
        <message>
            <source>SOS Préma : 0 800 96 60 60</source>
            <extracomment>From resources/content/helplines.toml: helplines[8].name</extracomment>
            <translation>SOS Préma : 0 800 96 60 60</translation>
        </message>
        <message>
            <source>Association des parents de bébés nés prématurément ou hospitalisés à la naissance : écoute, entraide, informations.</source>
            <extracomment>From resources/content/helplines.toml: helplines[8].purpose</extracomment>
            <translation>An association of parents of babies born prematurely or hospitalised at birth: listening, mutual help, information.</translation>
        </message>
        <message>
            <source>Gratuit. Horaires : voir le site de l'association.</source>
            <extracomment>From resources/content/helplines.toml: helplines[8].availability</extracomment>
            <translation>Free. Opening hours: see the association's website.</translation>
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <location filename="../src/parcours_app/ui/settings_dialog.py" line="+7" />
            <source>Dossier des données</source>
            <translation>Data folder</translation>
        </message>
    </context>
    <context>
        <name>reminders</name>
        <message>
            <source>Rendez-vous bientôt</source>
            <extracomment>From src/parcours_app/core/reminders.py:143</extracomment>
            <translation>Appointment soon</translation>
        </message>
        <message>
            <source>Rendez-vous</source>
            <extracomment>From src/parcours_app/core/reminders.py:144</extracomment>
            <translation>Appointment</translation>
        </message>
        <message>
            <source>%1 le %2 à %3, %4</source>
            <extracomment>From src/parcours_app/core/reminders.py:147</extracomment>
            <translation>%1 on %2 at %3, %4</translation>
        </message>
        <message>
            <source>%1 le %2 à %3</source>
            <extracomment>From src/parcours_app/core/reminders.py:149</extracomment>
            <translation>%1 on %2 at %3</translation>
        </message>
        <message>
            <source>C'est le moment</source>
            <extracomment>From src/parcours_app/core/reminders.py:154</extracomment>
            <translation>It is time</translation>
        </message>
        <message>
            <source>%1 : à faire jusqu'au %2.</source>
            <extracomment>From src/parcours_app/core/reminders.py:155</extracomment>
            <translation>%1: to do by %2.</translation>
        </message>
        <message>
            <source>Date limite proche</source>
            <extracomment>From src/parcours_app/core/reminders.py:157</extracomment>
            <translation>Deadline soon</translation>
        </message>
        <message>
            <source>%1 : dernier jour le %2.</source>
            <extracomment>From src/parcours_app/core/reminders.py:158</extracomment>
            <translation>%1: last day %2.</translation>
        </message>
        <message>
            <source>Il est encore temps : prenez rendez-vous, le médecin ou la PMI adapte la suite du calendrier.</source>
            <extracomment>From src/parcours_app/core/reminders.py:224</extracomment>
            <translation>There is still time: make an appointment, the doctor or the PMI will adjust the rest of the schedule.</translation>
        </message>
        <message>
            <source>Il est encore temps : prenez rendez-vous avec le médecin de l'enfant ou la PMI.</source>
            <extracomment>From src/parcours_app/core/reminders.py:229</extracomment>
            <translation>There is still time: make an appointment with the child's doctor or the PMI.</translation>
        </message>
        <message>
            <source>Il est encore temps : renseignez-vous sans attendre auprès de l'organisme concerné.</source>
            <extracomment>From src/parcours_app/core/reminders.py:231</extracomment>
            <translation>There is still time: ask the office concerned without waiting.</translation>
        </message>
        <message>
            <source>Il est encore temps : contactez la mairie.</source>
            <extracomment>From src/parcours_app/core/reminders.py:233</extracomment>
            <translation>There is still time: contact the town hall.</translation>
        </message>
        <message>
            <source>Il est encore temps : prenez rendez-vous avec votre sage-femme ou votre médecin.</source>
            <extracomment>From src/parcours_app/core/reminders.py:234</extracomment>
            <translation>There is still time: make an appointment with your midwife or your doctor.</translation>
        </message>
    </context>
    <context>
        <name>samples</name>
        <message>
            <source>Famille Exemple A : grossesse de 2 mois</source>
            <extracomment>From resources/samples/families.toml: family[0].label</extracomment>
            <translation>Example family A: 2 months pregnant</translation>
        </message>
        <message>
            <source>Une grossesse qui commence : déclaration, premiers examens, première échographie.</source>
            <extracomment>From resources/samples/families.toml: family[0].description</extracomment>
            <translation>A pregnancy that is starting: declaration, first examinations, first ultrasound scan.</translation>
        </message>
        <message>
            <source>Parent A (exemple)</source>
            <extracomment>From resources/samples/families.toml: family[0].parent1_name</extracomment>
            <translation>Parent A (example)</translation>
        </message>
        <message>
            <source>Co-parent A (exemple)</source>
            <extracomment>From resources/samples/families.toml: family[0].parent2_name</extracomment>
            <translation>Co-parent A (example)</translation>
        </message>
        <message>
            <source>Famille Exemple B : grossesse de 5 mois</source>
            <extracomment>From resources/samples/families.toml: family[1].label</extracomment>
            <translation>Example family B: 5 months pregnant</translation>
        </message>
        <message>
            <source>Le milieu de la grossesse : entretien prénatal, échographie du 2e trimestre, congés à préparer.</source>
            <extracomment>From resources/samples/families.toml: family[1].description</extracomment>
            <translation>The middle of the pregnancy: prenatal interview, 2nd trimester scan, leave to prepare.</translation>
        </message>
        <message>
            <source>Parent B (exemple)</source>
            <extracomment>From resources/samples/families.toml: family[1].parent1_name</extracomment>
            <translation>Parent B (example)</translation>
        </message>
        <message>
            <source>Co-parent B (exemple)</source>
            <extracomment>From resources/samples/families.toml: family[1].parent2_name</extracomment>
            <translation>Co-parent B (example)</translation>
        </message>
        <message>
            <source>Famille Exemple C : grossesse de 8 mois, un aîné de 2 ans et demi</source>
            <extracomment>From resources/samples/families.toml: family[2].label</extracomment>
            <translation>Example family C: 8 months pregnant, an older child aged two and a half</translation>
        </message>
        <message>
            <source>La naissance approche : congé de maternité, congés du second parent, mode d'accueil de l'aîné.</source>
            <extracomment>From resources/samples/families.toml: family[2].description</extracomment>
            <translation>The birth is getting close: maternity leave, the second parent’s leave, childcare for the older child.</translation>
        </message>
        <message>
            <source>Parent C (exemple)</source>
            <extracomment>From resources/samples/families.toml: family[2].parent1_name</extracomment>
            <translation>Parent C (example)</translation>
        </message>
        <message>
            <source>Co-parent C (exemple)</source>
            <extracomment>From resources/samples/families.toml: family[2].parent2_name</extracomment>
            <translation>Co-parent C (example)</translation>
        </message>
        <message>
            <source>Aîné C (exemple)</source>
            <extracomment>From resources/samples/families.toml: family[2].children[0].name</extracomment>
            <translation>Older child C (example)</translation>
        </message>
        <message>
            <source>Famille Exemple D : bébé de 10 jours</source>
            <extracomment>From resources/samples/families.toml: family[3].label</extracomment>
            <translation>Example family D: 10-day-old baby</translation>
        </message>
        <message>
            <source>Les premiers jours : déclaration de naissance, examens du bébé, congés du second parent.</source>
            <extracomment>From resources/samples/families.toml: family[3].description</extracomment>
            <translation>The first days: registering the birth, the baby’s examinations, the second parent’s leave.</translation>
        </message>
        <message>
            <source>Parent D (exemple)</source>
            <extracomment>From resources/samples/families.toml: family[3].parent1_name</extracomment>
            <translation>Parent D (example)</translation>
        </message>
        <message>
            <source>Co-parent D (exemple)</source>
            <extracomment>From resources/samples/families.toml: family[3].parent2_name</extracomment>
            <translation>Co-parent D (example)</translation>
        </message>
        <message>
            <source>Bébé D (exemple)</source>
            <extracomment>From resources/samples/families.toml: family[3].children[0].name</extracomment>
            <translation>Baby D (example)</translation>
        </message>
        <message>
            <source>Famille Exemple E : bébé de 6 semaines</source>
            <extracomment>From resources/samples/families.toml: family[4].label</extracomment>
            <translation>Example family E: 6-week-old baby</translation>
        </message>
        <message>
            <source>Entretien postnatal, examen de la mère, premiers vaccins à 2 mois, moral des deux parents.</source>
            <extracomment>From resources/samples/families.toml: family[4].description</extracomment>
            <translation>Postnatal interview, the mother’s examination, first vaccines at 2 months, both parents’ mood.</translation>
        </message>
        <message>
            <source>Parent E (exemple)</source>
            <extracomment>From resources/samples/families.toml: family[4].parent1_name</extracomment>
            <translation>Parent E (example)</translation>
        </message>
        <message>
            <source>Co-parent E (exemple)</source>
            <extracomment>From resources/samples/families.toml: family[4].parent2_name</extracomment>
            <translation>Co-parent E (example)</translation>
        </message>
        <message>
            <source>Bébé E (exemple)</source>
            <extracomment>From resources/samples/families.toml: family[4].children[0].name</extracomment>
            <translation>Baby E (example)</translation>
        </message>
        <message>
            <source>Famille Exemple F : bébé de 7 mois</source>
            <extracomment>From resources/samples/families.toml: family[5].label</extracomment>
            <translation>Example family F: 7-month-old baby</translation>
        </message>
        <message>
            <source>Diversification, sommeil, sécurité à la maison, mode d'accueil.</source>
            <extracomment>From resources/samples/families.toml: family[5].description</extracomment>
            <translation>Starting solid food, sleep, safety at home, childcare.</translation>
        </message>
        <message>
            <source>Parent F (exemple)</source>
            <extracomment>From resources/samples/families.toml: family[5].parent1_name</extracomment>
            <translation>Parent F (example)</translation>
        </message>
        <message>
            <source>Bébé F (exemple)</source>
            <extracomment>From resources/samples/families.toml: family[5].children[0].name</extracomment>
            <translation>Baby F (example)</translation>
        </message>
        <message>
            <source>Famille Exemple G : enfant de 18 mois</source>
            <extracomment>From resources/samples/families.toml: family[6].label</extracomment>
            <translation>Example family G: 18-month-old child</translation>
        </message>
        <message>
            <source>Examens et vaccins de la 2e année, écrans, langage et éveil.</source>
            <extracomment>From resources/samples/families.toml: family[6].description</extracomment>
            <translation>Examinations and vaccines of the 2nd year, screens, language and early learning.</translation>
        </message>
        <message>
            <source>Parent G (exemple)</source>
            <extracomment>From resources/samples/families.toml: family[6].parent1_name</extracomment>
            <translation>Parent G (example)</translation>
        </message>
        <message>
            <source>Co-parent G (exemple)</source>
            <extracomment>From resources/samples/families.toml: family[6].parent2_name</extracomment>
            <translation>Co-parent G (example)</translation>
        </message>
        <message>
            <source>Enfant G (exemple)</source>
            <extracomment>From resources/samples/families.toml: family[6].children[0].name</extracomment>
            <translation>Child G (example)</translation>
        </message>
    </context>
    <context>
        <name>selftest_pdf</name>
        <message>
            <source>Questionnaire d'Édimbourg (EPDS) : résumé</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:73</extracomment>
            <translation>Edinburgh Postnatal Depression Scale (EPDS): summary</translation>
        </message>
        <message>
            <source>Rempli le %1 par %2.</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:74</extracomment>
            <translation>Filled in on %1 by %2.</translation>
        </message>
        <message>
            <source>Questions sur les 7 derniers jours.</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:75</extracomment>
            <translation>Questions about the past 7 days.</translation>
        </message>
        <message>
            <source>N°</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:77</extracomment>
            <translation>No.</translation>
        </message>
        <message>
            <source>Question</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:77</extracomment>
            <translation>Question text</translation>
        </message>
        <message>
            <source>Réponse choisie</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:78</extracomment>
            <translation>Answer chosen</translation>
        </message>
        <message>
            <source>Points</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:78</extracomment>
            <translation>Score</translation>
        </message>
        <message>
            <source>Total : %1 sur 30</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:81</extracomment>
            <translation>Total: %1 out of 30</translation>
        </message>
        <message>
            <source>Points de la question 10 (idées de se faire du mal) : %1 sur 3.</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:82</extracomment>
            <translation>Points for question 10 (thoughts of harming yourself): %1 out of 3.</translation>
        </message>
        <message>
            <source>En cas de danger immédiat : 15 ou 112. Prévention du suicide : 3114, à toute heure, gratuit.</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:86</extracomment>
            <translation>In case of immediate danger: 15 or 112. Suicide prevention: 3114, at any hour, free.</translation>
        </message>
        <message>
            <source>Source : %1</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:87</extracomment>
            <translation>Source: %1</translation>
        </message>
        <message>
            <source>Échelle originale : %1</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:88</extracomment>
            <translation>Original scale: %1</translation>
        </message>
        <message>
            <source>Résumé créé par Parcours 1000 jours, sur cet ordinateur : rien n'a été envoyé.</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:89</extracomment>
            <translation>Summary made by Parcours 1000 jours, on this computer: nothing was sent.</translation>
        </message>
        <message>
            <source>Résumé du questionnaire EPDS</source>
            <extracomment>From src/parcours_app/export/selftest_pdf.py:97</extracomment>
            <translation>EPDS questionnaire summary</translation>
        </message>
    </context>
    <context>
        <name>storage</name>
        <message>
            <source>La sauvegarde n'a pas pu être écrite dans %1 (%2).</source>
            <extracomment>From src/parcours_app/storage/backups.py:179</extracomment>
            <translation>The backup could not be written to %1 (%2).</translation>
        </message>
        <message>
            <source>Sauvegarde introuvable : %1. « parcours data backup --list » les énumère.</source>
            <extracomment>From src/parcours_app/storage/backups.py:261</extracomment>
            <translation>Backup not found: %1. “parcours data backup --list” lists them.</translation>
        </message>
        <message>
            <source>La sauvegarde %1 ne peut pas être restaurée : %2.</source>
            <extracomment>From src/parcours_app/storage/backups.py:292</extracomment>
            <translation>The backup %1 cannot be restored: %2.</translation>
        </message>
        <message>
            <source>La restauration de %1 a échoué (%2).</source>
            <extracomment>From src/parcours_app/storage/backups.py:304</extracomment>
            <translation>Restoring %1 failed (%2).</translation>
        </message>
        <message>
            <source>Données exportées dans %1 (%2 suivis d'étapes, %3 rendez-vous). Ce fichier contient des données de santé : gardez-le en lieu sûr.</source>
            <extracomment>From src/parcours_app/storage/commands.py:136</extracomment>
            <translation type="vanished">Data exported to %1 (%2 step records, %3 appointments). This file contains health data: keep it somewhere safe.</translation>
        </message>
        <message>
            <source>Sauvegarde des données remplacées : %1</source>
            <extracomment>From src/parcours_app/storage/commands.py:205</extracomment>
            <translation>Backup of the replaced data: %1</translation>
        </message>
        <message>
            <source>Import terminé depuis %1 : %2 suivis d'étapes, %3 rendez-vous, %4 lieux.</source>
            <extracomment>From src/parcours_app/storage/commands.py:160</extracomment>
            <translation type="vanished">Import finished from %1: %2 step records, %3 appointments, %4 places.</translation>
        </message>
        <message>
            <source>Aucune sauvegarde dans %1.</source>
            <extracomment>From src/parcours_app/storage/commands.py:226</extracomment>
            <translation>No backup in %1.</translation>
        </message>
        <message>
            <source>en bon état</source>
            <extracomment>From src/parcours_app/storage/commands.py:229</extracomment>
            <translation>in good condition</translation>
        </message>
        <message>
            <source>inutilisable : %1</source>
            <extracomment>From src/parcours_app/storage/commands.py:229</extracomment>
            <translation>unusable: %1</translation>
        </message>
        <message>
            <source>Sauvegarde faite : %1</source>
            <extracomment>From src/parcours_app/storage/commands.py:233</extracomment>
            <translation>Backup made: %1</translation>
        </message>
        <message>
            <source>Sauvegarde restaurée : %1</source>
            <extracomment>From src/parcours_app/storage/commands.py:240</extracomment>
            <translation>Backup restored: %1</translation>
        </message>
        <message>
            <source>Les données d'avant la restauration sont gardées dans %1</source>
            <extracomment>From src/parcours_app/storage/commands.py:242</extracomment>
            <translation>The data from before the restore is kept in %1</translation>
        </message>
        <message>
            <source>Le fichier %1 est abîmé : %2</source>
            <extracomment>From src/parcours_app/storage/commands.py:324</extracomment>
            <translation>The file %1 is damaged: %2</translation>
        </message>
        <message>
            <source>Le fichier %1 est en bon état (integrity_check : ok).</source>
            <extracomment>From src/parcours_app/storage/commands.py:329</extracomment>
            <translation>The file %1 is in good condition (integrity_check: ok).</translation>
        </message>
        <message>
            <source>Version du schéma : %1 (celle de cette version de Parcours : %2)</source>
            <extracomment>From src/parcours_app/storage/commands.py:340</extracomment>
            <translation>Schema version: %1 (the one of this version of Parcours: %2)</translation>
        </message>
        <message>
            <source>Ce fichier a été écrit par une version plus récente de Parcours 1000 jours : ouvrez-le avec cette version ou une plus récente. Il n'a pas été modifié.</source>
            <extracomment>From src/parcours_app/storage/commands.py:348</extracomment>
            <translation>This file was written by a newer version of Parcours 1000 jours: open it with that version or a newer one. It has not been changed.</translation>
        </message>
        <message>
            <source>Contenu : %1 grossesses, %2 enfants, %3 suivis d'étapes, %4 rendez-vous, %5 résultats d'auto-test, %6 lieux.</source>
            <extracomment>From src/parcours_app/storage/commands.py:238</extracomment>
            <translation type="vanished">Contents: %1 pregnancies, %2 children, %3 step records, %4 appointments, %5 self-test results, %6 places.</translation>
        </message>
        <message numerus="yes">
            <source>%n grossesse(s)</source>
            <extracomment>From src/parcours_app/storage/commands.py:49</extracomment>
            <translation>
                <numerusform>%n pregnancy</numerusform>
                <numerusform>%n pregnancies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n enfant(s)</source>
            <extracomment>From src/parcours_app/storage/commands.py:50</extracomment>
            <translation>
                <numerusform>%n child</numerusform>
                <numerusform>%n children</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n suivi(s) d'étapes</source>
            <extracomment>From src/parcours_app/storage/commands.py:51; src/parcours_app/storage/commands.py:52</extracomment>
            <translation>
                <numerusform>%n step record</numerusform>
                <numerusform>%n step records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rendez-vous</source>
            <extracomment>From src/parcours_app/storage/commands.py:53; src/parcours_app/storage/commands.py:54</extracomment>
            <translation>
                <numerusform>%n appointment</numerusform>
                <numerusform>%n appointments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n résultat(s) d'auto-test</source>
            <extracomment>From src/parcours_app/storage/commands.py:55</extracomment>
            <translation>
                <numerusform>%n self-test result</numerusform>
                <numerusform>%n self-test results</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lieu(x)</source>
            <extracomment>From src/parcours_app/storage/commands.py:56; src/parcours_app/storage/commands.py:57</extracomment>
            <translation>
                <numerusform>%n place</numerusform>
                <numerusform>%n places</numerusform>
            </translation>
        </message>
        <message>
            <source>langue des messages (fr, en, ar ...)</source>
            <extracomment>From src/parcours_app/storage/commands.py:82</extracomment>
            <translation>language of the messages (fr, en, ar ...)</translation>
        </message>
        <message>
            <source>DOSSIER</source>
            <extracomment>From src/parcours_app/storage/commands.py:87</extracomment>
            <translation>FOLDER</translation>
        </message>
        <message>
            <source>dossier des données (par défaut : PARCOURS_DATA_DIR ou le dossier de l'application)</source>
            <extracomment>From src/parcours_app/storage/commands.py:88</extracomment>
            <translation>data folder (default: PARCOURS_DATA_DIR or the application's folder)</translation>
        </message>
        <message>
            <source>Exporter, importer, sauvegarder, restaurer et vérifier les données de la famille.</source>
            <extracomment>From src/parcours_app/storage/commands.py:92</extracomment>
            <translation>Export, import, back up, restore and check the family's data.</translation>
        </message>
        <message>
            <source>commandes</source>
            <extracomment>From src/parcours_app/storage/commands.py:95</extracomment>
            <translation>commands</translation>
        </message>
        <message>
            <source>tout exporter dans un fichier JSON</source>
            <extracomment>From src/parcours_app/storage/commands.py:96</extracomment>
            <translation>export everything to a JSON file</translation>
        </message>
        <message>
            <source>FICHIER</source>
            <extracomment>From src/parcours_app/storage/commands.py:97; src/parcours_app/storage/commands.py:99</extracomment>
            <translation>FILE</translation>
        </message>
        <message>
            <source>importer un fichier exporté</source>
            <extracomment>From src/parcours_app/storage/commands.py:98</extracomment>
            <translation>import an exported file</translation>
        </message>
        <message>
            <source>remplacer les données existantes (après sauvegarde)</source>
            <extracomment>From src/parcours_app/storage/commands.py:100</extracomment>
            <translation>replace the existing data (after a backup)</translation>
        </message>
        <message>
            <source>faire une sauvegarde maintenant</source>
            <extracomment>From src/parcours_app/storage/commands.py:101</extracomment>
            <translation>make a backup now</translation>
        </message>
        <message>
            <source>énumérer les sauvegardes existantes</source>
            <extracomment>From src/parcours_app/storage/commands.py:102</extracomment>
            <translation>list the existing backups</translation>
        </message>
        <message>
            <source>restaurer une sauvegarde</source>
            <extracomment>From src/parcours_app/storage/commands.py:103</extracomment>
            <translation>restore a backup</translation>
        </message>
        <message>
            <source>SAUVEGARDE</source>
            <extracomment>From src/parcours_app/storage/commands.py:105</extracomment>
            <translation>BACKUP</translation>
        </message>
        <message>
            <source>chemin ou nom de la sauvegarde (voir backup --list)</source>
            <extracomment>From src/parcours_app/storage/commands.py:105</extracomment>
            <translation>path or name of the backup (see backup --list)</translation>
        </message>
        <message>
            <source>vérifier l'intégrité des données</source>
            <extracomment>From src/parcours_app/storage/commands.py:107</extracomment>
            <translation>check the data's integrity</translation>
        </message>
        <message>
            <source>Données exportées dans %1 (%2, %3). Ce fichier contient des données de santé : gardez-le en lieu sûr.</source>
            <extracomment>From src/parcours_app/storage/commands.py:179</extracomment>
            <translation>Data exported to %1 (%2, %3). This file contains health data: keep it somewhere safe.</translation>
        </message>
        <message>
            <source>Import terminé depuis %1 : %2, %3, %4.</source>
            <extracomment>From src/parcours_app/storage/commands.py:208</extracomment>
            <translation>Import finished from %1: %2, %3, %4.</translation>
        </message>
        <message>
            <source>Le disque est plein : le fichier %1 n'a pas pu être vérifié. Cela ne veut pas dire qu'il est abîmé. Libérez de la place, puis relancez la vérification.</source>
            <extracomment>From src/parcours_app/storage/commands.py:266</extracomment>
            <translation>The disk is full: the file %1 could not be checked. This does not mean it is damaged. Free some space, then run the check again.</translation>
        </message>
        <message>
            <source>Le fichier %1 n'a pas pu être lu (%2). Son dossier est en lecture seule ou inaccessible : cela ne veut pas dire qu'il est abîmé. Vérifiez le dossier (disque, droits), puis relancez la vérification.</source>
            <extracomment>From src/parcours_app/storage/commands.py:273</extracomment>
            <translation>The file %1 could not be read (%2). Its folder is read-only or cannot be reached: this does not mean it is damaged. Check the folder (disk, permissions), then run the check again.</translation>
        </message>
        <message>
            <source>Le dossier %1 est en lecture seule : il a été vérifié sans être modifié.</source>
            <extracomment>From src/parcours_app/storage/commands.py:332</extracomment>
            <translation>The folder %1 is read-only: it was checked without being changed.</translation>
        </message>
        <message>
            <source>Contenu : %1, %2, %3, %4, %5, %6.</source>
            <extracomment>From src/parcours_app/storage/commands.py:356</extracomment>
            <translation>Contents: %1, %2, %3, %4, %5, %6.</translation>
        </message>
        <message>
            <source>Sauvegardes en bon état : %1 (dans %2)</source>
            <extracomment>From src/parcours_app/storage/commands.py:363</extracomment>
            <translation>Backups in good condition: %1 (in %2)</translation>
        </message>
        <message>
            <source>Pour restaurer la plus récente : parcours data restore %1</source>
            <extracomment>From src/parcours_app/storage/commands.py:365</extracomment>
            <translation>To restore the most recent one: parcours data restore %1</translation>
        </message>
        <message>
            <source>Impossible d'écrire dans le dossier de données %1. Vérifiez qu'il vous appartient et qu'il n'est pas en lecture seule, ou choisissez un autre dossier avec --data-dir.</source>
            <extracomment>From src/parcours_app/storage/errors.py:25</extracomment>
            <translation>Cannot write to the data folder %1. Check that it belongs to you and that it is not read-only, or choose another folder with --data-dir.</translation>
        </message>
        <message>
            <source>Parcours 1000 jours est déjà ouvert sur le dossier %1 (processus %2). Fermez l'autre fenêtre ou l'autre commande, puis réessayez : deux programmes qui écrivent en même temps pourraient abîmer vos données.</source>
            <extracomment>From src/parcours_app/storage/errors.py:40</extracomment>
            <translation>Parcours 1000 jours is already open on the folder %1 (process %2). Close the other window or the other command, then try again: two programs writing at the same time could damage your data.</translation>
        </message>
        <message>
            <source>Le fichier %1 a été enregistré par une version plus récente de Parcours 1000 jours (schéma %2). Installez cette version plus récente pour l'ouvrir. Le fichier n'a pas été modifié.</source>
            <extracomment>From src/parcours_app/storage/errors.py:57</extracomment>
            <translation>The file %1 was saved by a newer version of Parcours 1000 jours (schema %2). Install this newer version to open it. The file has not been changed.</translation>
        </message>
        <message>
            <source>Le fichier %1 n'est pas une base de données de Parcours 1000 jours. Il n'a pas été modifié ; choisissez un autre dossier de données avec --data-dir.</source>
            <extracomment>From src/parcours_app/storage/errors.py:73</extracomment>
            <translation>The file %1 is not a Parcours 1000 jours database. It has not been changed; choose another data folder with --data-dir.</translation>
        </message>
        <message>
            <source>Le fichier de données était abîmé (%1). Il a été mis de côté dans %2 sans être effacé. La dernière sauvegarde en bon état date du %3 : vous pouvez la restaurer.</source>
            <extracomment>From src/parcours_app/storage/errors.py:88</extracomment>
            <translation>The data file was damaged (%1). It has been set aside in %2 without being erased. The last backup in good condition is from %3: you can restore it.</translation>
        </message>
        <message>
            <source>Le fichier de données était abîmé (%1). Il a été mis de côté dans %2 sans être effacé. Aucune sauvegarde en bon état n'a été trouvée : Parcours repart d'un dossier vide.</source>
            <extracomment>From src/parcours_app/storage/errors.py:95</extracomment>
            <translation>The data file was damaged (%1). It has been set aside in %2 without being erased. No backup in good condition was found: Parcours starts again from an empty folder.</translation>
        </message>
        <message>
            <source>Le fichier de données est abîmé (%1). Fermez Parcours 1000 jours et rouvrez-le : le fichier sera mis de côté et une sauvegarde vous sera proposée.</source>
            <extracomment>From src/parcours_app/storage/errors.py:102</extracomment>
            <translation>The data file is damaged (%1). Close Parcours 1000 jours and open it again: the file will be set aside and you will be offered a backup.</translation>
        </message>
        <message>
            <source>Le disque est plein : la modification n'a pas été enregistrée (%1). Libérez de la place puis réessayez ; les données déjà enregistrées sont intactes.</source>
            <extracomment>From src/parcours_app/storage/errors.py:117</extracomment>
            <translation>The disk is full: the change was not saved (%1). Free up some space and try again; the data already saved is intact.</translation>
        </message>
        <message>
            <source>Le disque est plein : Parcours 1000 jours ne peut pas ouvrir vos données (dossier %1). Rien n'a été modifié. Libérez de la place sur le disque, puis relancez Parcours.</source>
            <extracomment>From src/parcours_app/storage/errors.py:133</extracomment>
            <translation>The disk is full: Parcours 1000 jours cannot open your data (folder %1). Nothing was changed. Free some space on the disk, then start Parcours again.</translation>
        </message>
        <message>
            <source>Vos données n'ont pas pu être ouvertes (dossier %1 : %2). Rien n'a été modifié. Vérifiez le disque, puis relancez Parcours.</source>
            <extracomment>From src/parcours_app/storage/errors.py:140</extracomment>
            <translation>Your data could not be opened (folder %1: %2). Nothing was changed. Check the disk, then start Parcours again.</translation>
        </message>
        <message>
            <source>La modification n'a pas pu être enregistrée (%1). Les données déjà enregistrées sont intactes.</source>
            <extracomment>From src/parcours_app/storage/errors.py:156</extracomment>
            <translation>The change could not be saved (%1). The data already saved is intact.</translation>
        </message>
        <message>
            <source>La mise à jour du fichier %1 vers le schéma %2 a échoué (%3). Le fichier n'a pas été modifié et une copie en avait été faite avant : %4. Signalez ce problème ; en attendant, l'ancienne version de Parcours 1000 jours peut toujours l'ouvrir.</source>
            <extracomment>From src/parcours_app/storage/errors.py:170</extracomment>
            <translation>Updating the file %1 to schema %2 failed (%3). The file has not been changed and a copy had been made beforehand: %4. Please report this problem; in the meantime, the previous version of Parcours 1000 jours can still open it.</translation>
        </message>
        <message>
            <source>%1 ligne(s) des données contiennent une valeur impossible (%2). Le reste des données est intact : restaurez une sauvegarde, ou mettez ces lignes de côté depuis la fenêtre de Parcours.</source>
            <extracomment>From src/parcours_app/storage/errors.py:212</extracomment>
            <translation>%1 row(s) of the data hold an impossible value (%2). The rest of the data is intact: restore a backup, or set these rows aside from the Parcours window.</translation>
        </message>
        <message>
            <source>Le dossier %1 contient déjà des données. Pour les remplacer par celles du fichier, relancez avec --replace (une sauvegarde est faite avant).</source>
            <extracomment>From src/parcours_app/storage/errors.py:236</extracomment>
            <translation>The folder %1 already contains data. To replace it with the data from the file, run again with --replace (a backup is made first).</translation>
        </message>
        <message>
            <source>Aucune donnée enregistrée ici : %1 n'existe pas.</source>
            <extracomment>From src/parcours_app/storage/errors.py:248</extracomment>
            <translation>No data saved here: %1 does not exist.</translation>
        </message>
        <message>
            <source>Le fichier %1 n'a pas pu être écrit (%2).</source>
            <extracomment>From src/parcours_app/storage/transfer.py:151</extracomment>
            <translation>The file %1 could not be written (%2).</translation>
        </message>
        <message>
            <source>Le fichier %1 ne peut pas être lu (%2).</source>
            <extracomment>From src/parcours_app/storage/transfer.py:170</extracomment>
            <translation>The file %1 cannot be read (%2).</translation>
        </message>
        <message>
            <source>Le fichier fait %1 Mo : c'est bien plus qu'un export de Parcours 1000 jours (au plus %2 Mo). Vérifiez que c'est le bon fichier.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:179</extracomment>
            <translation>The file is %1 MB: that is much more than a Parcours 1000 jours export (at most %2 MB). Check that it is the right file.</translation>
        </message>
        <message>
            <source>Le fichier n'est pas un texte UTF-8 (octet %1) : ce n'est pas un export de Parcours.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:194</extracomment>
            <translation>The file is not UTF-8 text (byte %1): it is not a Parcours export.</translation>
        </message>
        <message>
            <source>Le fichier n'est pas du JSON valide (ligne %1, colonne %2 : %3). Il est peut-être tronqué ou abîmé : refaites l'export.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:204</extracomment>
            <translation>The file is not valid JSON (line %1, column %2: %3). It may be cut short or damaged: do the export again.</translation>
        </message>
        <message>
            <source>Le fichier contient un nombre bien trop long pour être un export de Parcours.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:213</extracomment>
            <translation>The file contains a number far too long to be a Parcours export.</translation>
        </message>
        <message>
            <source>Le fichier est imbriqué trop profondément pour être un export de Parcours.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:224</extracomment>
            <translation>The file is nested too deeply to be a Parcours export.</translation>
        </message>
        <message>
            <source>La clé « %1 » apparaît deux fois dans un même objet du fichier.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:232</extracomment>
            <translation>The key “%1” appears twice in the same object of the file.</translation>
        </message>
        <message>
            <source>Le fichier contient la valeur %1, qui n'est pas un nombre.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:249</extracomment>
            <translation>The file contains the value %1, which is not a number.</translation>
        </message>
        <message>
            <source>Ce fichier n'est pas un export de Parcours 1000 jours (le champ « format » doit valoir « %1 »).</source>
            <extracomment>From src/parcours_app/storage/transfer.py:255</extracomment>
            <translation>This file is not a Parcours 1000 jours export (the “format” field must be “%1”).</translation>
        </message>
        <message>
            <source>Ce fichier est au format de données version %1, que cette version de Parcours 1000 jours ne sait pas lire (elle lit la version %2). Installez une version plus récente de Parcours.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:264</extracomment>
            <translation>This file uses data format version %1, which this version of Parcours 1000 jours cannot read (it reads version %2). Install a newer version of Parcours.</translation>
        </message>
        <message>
            <source>%1 : une liste de %2 réponses est attendue.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:422</extracomment>
            <translation>%1: a list of %2 answers is expected.</translation>
        </message>
        <message>
            <source>%1 : le total %2 ne correspond pas à la somme des réponses (%3).</source>
            <extracomment>From src/parcours_app/storage/transfer.py:429</extracomment>
            <translation>%1: the total %2 does not match the sum of the answers (%3).</translation>
        </message>
        <message>
            <source>%1 : textes traduits illisibles.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:461</extracomment>
            <translation>%1: the translated texts cannot be read.</translation>
        </message>
        <message>
            <source>%1 : la fin d'une période ne peut pas précéder son début.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:481</extracomment>
            <translation>%1: the end of a period cannot come before its start.</translation>
        </message>
        <message>
            <source>%1 : la valeur %2 apparaît deux fois.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:496</extracomment>
            <translation>%1: the value %2 appears twice.</translation>
        </message>
        <message>
            <source>%1 : un objet { … } est attendu, pas %2.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:48; src/parcours_app/storage/transfer.py:512</extracomment>
            <translation>%1: an object { … } is expected, not %2.</translation>
        </message>
        <message>
            <source>%1 : champ obligatoire manquant.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:524; src/parcours_app/storage/transfer.py:533</extracomment>
            <translation>%1: required field missing.</translation>
        </message>
        <message>
            <source>%1 : ne peut pas être vide.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:547</extracomment>
            <translation>%1: cannot be empty.</translation>
        </message>
        <message>
            <source>%1 : true ou false est attendu, pas %2.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:565</extracomment>
            <translation>%1: true or false is expected, not %2.</translation>
        </message>
        <message>
            <source>%1 : une date et une heure au format AAAA-MM-JJTHH:MM:SS sont attendues, pas %2.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:586</extracomment>
            <translation>%1: a date and time in the format YYYY-MM-DDTHH:MM:SS is expected, not %2.</translation>
        </message>
        <message>
            <source>%1 : %2 n'est pas une date et une heure qui existent.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:596</extracomment>
            <translation>%1: %2 is not a date and time that exists.</translation>
        </message>
        <message>
            <source>%1 : une liste [ … ] est attendue, pas %2.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:47</extracomment>
            <translation>%1: a list [ … ] is expected, not %2.</translation>
        </message>
        <message>
            <source>%1 : %2 éléments, c'est trop (au plus %3).</source>
            <extracomment>From src/parcours_app/storage/transfer.py:617</extracomment>
            <translation>%1: %2 items is too many (at most %3).</translation>
        </message>
        <message>
            <source>%1 : champ inconnu. Le fichier vient peut-être d'une autre application ou a été modifié.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:638</extracomment>
            <translation>%1: unknown field. The file may come from another application or may have been changed.</translation>
        </message>
        <message>
            <source>%1 : un texte entre guillemets est attendu, pas %2.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:649</extracomment>
            <translation>%1: a text in quotation marks is expected, not %2.</translation>
        </message>
        <message>
            <source>%1 : texte trop long (%2 caractères, au plus %3).</source>
            <extracomment>From src/parcours_app/storage/transfer.py:652</extracomment>
            <translation>%1: text too long (%2 characters, at most %3).</translation>
        </message>
        <message>
            <source>%1 : le texte contient un caractère nul.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:656</extracomment>
            <translation>%1: the text contains a null character.</translation>
        </message>
        <message>
            <source>%1 : le texte contient un caractère invalide (U+%2) : ce n'est pas un export de Parcours intact.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:661</extracomment>
            <translation>%1: the text contains an invalid character (U+%2): this is not an intact Parcours export.</translation>
        </message>
        <message>
            <source>%1 : un nombre entier entre %2 et %3 est attendu, pas %4.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:674</extracomment>
            <translation>%1: a whole number between %2 and %3 is expected, not %4.</translation>
        </message>
        <message>
            <source>%1 : une date au format AAAA-MM-JJ est attendue, pas %2.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:686</extracomment>
            <translation>%1: a date in the format YYYY-MM-DD is expected, not %2.</translation>
        </message>
        <message>
            <source>%1 : la date %2 n'existe pas.</source>
            <extracomment>From src/parcours_app/storage/transfer.py:690</extracomment>
            <translation>%1: the date %2 does not exist.</translation>
        </message>
        <message>
            <source>%1 : la date %2 est hors de la période acceptée (du %3 au %4).</source>
            <extracomment>From src/parcours_app/storage/transfer.py:698</extracomment>
            <translation>%1: the date %2 is outside the accepted period (from %3 to %4).</translation>
        </message>
        <message>
            <source>%1 : valeur inconnue %2 (valeurs possibles : %3).</source>
            <extracomment>From src/parcours_app/storage/transfer.py:709</extracomment>
            <translation>%1: unknown value %2 (possible values: %3).</translation>
        </message>
    </context>
    <context>
        <name>styles</name>
        <message>
            <source>Sombre</source>
            <extracomment>From resources/styles/dark.toml: label</extracomment>
            <translation>Dark</translation>
        </message>
        <message>
            <source>Contraste élevé</source>
            <extracomment>From resources/styles/high-contrast.toml: label</extracomment>
            <translation>High contrast</translation>
        </message>
        <message>
            <source>Clair</source>
            <extracomment>From resources/styles/light.toml: label</extracomment>
            <translation>Light</translation>
        </message>
    </context>
    <context>
        <name>validation</name>
        <message>
            <source>Le total %1 de l'auto-test ne correspond pas à la somme de ses réponses (%2).</source>
            <extracomment>From src/parcours_app/core/validation.py:92</extracomment>
            <translation>The self-test total %1 does not match the sum of its answers (%2).</translation>
        </message>
        <message>
            <source>Le niveau « %1 » de l'auto-test ne correspond pas à son total %2 (niveau attendu : « %3 »).</source>
            <extracomment>From src/parcours_app/core/validation.py:100</extracomment>
            <translation>The self-test level "%1" does not match its total %2 (expected level: "%3").</translation>
        </message>
        <message>
            <source>Ce texte est trop long (%1 caractères, au plus %2).</source>
            <extracomment>From src/parcours_app/core/validation.py:111</extracomment>
            <translation>This text is too long (%1 characters, at most %2).</translation>
        </message>
        <message>
            <source>Une étape suivie n'a pas d'identifiant valide.</source>
            <extracomment>From src/parcours_app/core/validation.py:116</extracomment>
            <translation>A tracked step has no valid identifier.</translation>
        </message>
        <message>
            <source>La durée d'un rendez-vous doit être comprise entre 0 et %1 minutes (vous avez indiqué %2).</source>
            <extracomment>From src/parcours_app/core/validation.py:126</extracomment>
            <translation>An appointment must last between 0 and %1 minutes (you entered %2).</translation>
        </message>
        <message>
            <source>Un réglage n'a pas de nom valide.</source>
            <extracomment>From src/parcours_app/core/validation.py:139</extracomment>
            <translation>A setting has no valid name.</translation>
        </message>
        <message>
            <source>Le réglage « %1 » doit être une liste d'au plus %2 textes courts.</source>
            <extracomment>From src/parcours_app/core/validation.py:146</extracomment>
            <translation>The setting "%1" must be a list of at most %2 short texts.</translation>
        </message>
    </context>
</TS>
