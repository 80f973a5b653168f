<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>About CII Desktop</source>
        <translation>Über CII Desktop</translation>
    </message>
    <message>
        <source>Interinstitutional collaboration (CII) of the canton of Valais: cases, forms and their exchange between the institutions of the network. Data stays encrypted on this computer.</source>
        <translation>Interinstitutionelle Zusammenarbeit (IIZ) des Kantons Wallis: Fälle, Formulare und deren Austausch zwischen den Institutionen des Netzwerks. Die Daten bleiben verschlüsselt auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Creating the demo data…</source>
        <translation>Demodaten werden erstellt …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>CaseDetailView</name>
    <message>
        <source>Shared with the partners (consent recorded)</source>
        <translation>Mit den Partnern geteilt (Vollmacht erfasst)</translation>
    </message>
    <message>
        <source>Shared under LIAS art. 60 ff. (legal basis recorded)</source>
        <translation>Geteilt gemäss LIAS Art. 60 ff. (Rechtsgrundlage erfasst)</translation>
    </message>
    <message>
        <source>Local only: no consent recorded, nothing leaves this computer</source>
        <translation>Nur lokal: keine Vollmacht erfasst, nichts verlässt diesen Computer</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Unemployment benefits (IJ AC)</source>
        <translation>ALV-Taggelder</translation>
    </message>
    <message>
        <source>Waiting period</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>Sanctioned</source>
        <translation>Sanktioniert</translation>
    </message>
    <message>
        <source>Job seeker without rights (LSE)</source>
        <translation>Stellensuchende Person ohne Anspruch (AVG)</translation>
    </message>
    <message>
        <source>Social assistance</source>
        <translation>Sozialhilfe</translation>
    </message>
    <message>
        <source>Fit for placement</source>
        <translation>Vermittlungsfähig</translation>
    </message>
    <message>
        <source>Young adult</source>
        <translation>Junge/r Erwachsene/r</translation>
    </message>
    <message>
        <source>End of rights</source>
        <translation>Aussteuerung</translation>
    </message>
    <message>
        <source>Employability verified on</source>
        <translation>Arbeitsmarktfähigkeit geprüft am</translation>
    </message>
    <message>
        <source>Fitness examination filed on</source>
        <translation>Prüfung der Vermittlungsfähigkeit beantragt am</translation>
    </message>
    <message>
        <source>PQF started on</source>
        <translation>PQF begonnen am</translation>
    </message>
    <message>
        <source>Deregistered on</source>
        <translation>Abgemeldet am</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>AVS number</source>
        <translation>AHV-Nummer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Eröffnet am</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Austausch</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referenz:</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Stelle:</translation>
    </message>
    <message>
        <source>Lead &amp;institution:</source>
        <translation>Fallführende &amp;Institution:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Status &amp;note:</source>
        <translation>&amp;Bemerkung zum Status:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>Institutions involved</source>
        <translation>Beteiligte Institutionen</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>A&amp;dd an institution</source>
        <translation>Institution &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Fallführung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong in CII Desktop. Your saved records are safe; the change you were making may not have been saved.</source>
        <translation>In CII Desktop ist ein Fehler aufgetreten. Die gespeicherten Daten sind sicher; die laufende Änderung wurde möglicherweise nicht gespeichert.</translation>
    </message>
    <message>
        <source>The error was written to the log without any personal data (%1). If it happens again, tell your CII support.</source>
        <translation>Der Fehler wurde ohne Personendaten protokolliert (%1). Wenn er wieder auftritt, melden Sie ihn dem IIZ-Support.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>A keystore is available on this computer.</source>
        <translation>Auf diesem Computer ist ein Schlüsselspeicher verfügbar.</translation>
    </message>
    <message>
        <source>This computer has no usable keystore, so the key cannot be kept there. Choose a passphrase of at least 12 characters.</source>
        <translation>Dieser Computer hat keinen nutzbaren Schlüsselspeicher; der Schlüssel kann dort nicht abgelegt werden. Wählen Sie eine Passphrase mit mindestens 12 Zeichen.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Keep this sheet locked away. It opens the database if the key or the passphrase is lost.</source>
        <translation>Bewahren Sie dieses Blatt verschlossen auf. Es öffnet die Datenbank, wenn der Schlüssel oder die Passphrase verloren geht.</translation>
    </message>
    <message>
        <source>CII Desktop – first start</source>
        <translation>CII Desktop – erster Start</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>CII Desktop keeps the cases of the CII network encrypted on this computer.</source>
        <translation>CII Desktop speichert die Fälle des IIZ-Netzwerks verschlüsselt auf diesem Computer.</translation>
    </message>
    <message>
        <source>&amp;Language / Sprache:</source>
        <translation>&amp;Sprache / Langue:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Ihr Profil</translation>
    </message>
    <message>
        <source>Your name signs the notes and status changes you record.</source>
        <translation>Ihr Name zeichnet die Notizen und Statusänderungen, die Sie erfassen.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Stelle:</translation>
    </message>
    <message>
        <source>Protecting the database</source>
        <translation>Schutz der Datenbank</translation>
    </message>
    <message>
        <source>The database is encrypted. Its key is kept in the keystore of this computer, or derived from a passphrase you choose.</source>
        <translation>Die Datenbank ist verschlüsselt. Ihr Schlüssel wird im Schlüsselspeicher dieses Computers abgelegt oder aus einer Passphrase abgeleitet, die Sie wählen.</translation>
    </message>
    <message>
        <source>Keep the key in the &amp;keystore of this computer (recommended)</source>
        <translation>Schlüssel im &amp;Schlüsselspeicher dieses Computers ablegen (empfohlen)</translation>
    </message>
    <message>
        <source>Protect with a &amp;passphrase (asked at each start)</source>
        <translation>Mit einer &amp;Passphrase schützen (bei jedem Start abgefragt)</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase:</source>
        <translation>Pa&amp;ssphrase:</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>If the key or the passphrase is ever lost, only this recovery key opens the database. It is shown only this once.</source>
        <translation>Geht der Schlüssel oder die Passphrase verloren, öffnet nur dieser Wiederherstellungsschlüssel die Datenbank. Er wird nur dieses eine Mal angezeigt.</translation>
    </message>
    <message>
        <source>Print it or write it down and keep it locked away, apart from this computer. Never store it in a file on this computer.</source>
        <translation>Drucken Sie ihn aus oder schreiben Sie ihn auf und bewahren Sie ihn verschlossen auf, getrennt von diesem Computer. Speichern Sie ihn nie in einer Datei auf diesem Computer.</translation>
    </message>
    <message>
        <source>&amp;Print the recovery key…</source>
        <translation>Wiederherstellungsschlüssel &amp;drucken …</translation>
    </message>
    <message>
        <source>I have &amp;printed or written down the recovery key</source>
        <translation>Ich habe den Wiederherstellungsschlüssel &amp;gedruckt oder notiert</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>This form has changes that are not saved. Discard them?</source>
        <translation>Dieses Formular enthält nicht gespeicherte Änderungen. Verwerfen?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Alle Stellen</translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation>Alle Institutionen</translation>
    </message>
    <message>
        <source>DEMO (fictional data)</source>
        <translation>DEMO (fiktive Daten)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n Fall</numerusform>
            <numerusform>%n Fälle</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a case in the list.</source>
        <translation>Wählen Sie einen Fall in der Liste.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Person and case saved.</source>
        <translation>Person und Fall gespeichert.</translation>
    </message>
    <message>
        <source>Attach a file to the case</source>
        <translation>Datei zum Fall hinzufügen</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Datei hinzufügen</translation>
    </message>
    <message>
        <source>The file was stored encrypted in the database. The original was left where it was.</source>
        <translation>Die Datei wurde verschlüsselt in der Datenbank gespeichert. Das Original blieb, wo es war.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>The copy could not be written there.</source>
        <translation>Die Kopie konnte dort nicht geschrieben werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Name, AVS number, reference, commune…</source>
        <translation>Name, AHV-Nummer, Referenz, Gemeinde …</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>O&amp;ffice:</source>
        <translation>S&amp;telle:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <source>Edit &amp;person…</source>
        <translation>&amp;Person bearbeiten …</translation>
    </message>
    <message>
        <source>Edit &amp;case…</source>
        <translation>&amp;Fall bearbeiten …</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>&amp;Notiz hinzufügen …</translation>
    </message>
    <message>
        <source>Add &amp;reminder…</source>
        <translation>&amp;Erinnerung hinzufügen …</translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation>&amp;Datei hinzufügen …</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Institutionen</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Kopie speichern …</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Fall</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fälligkeiten</translation>
    </message>
    <message>
        <source>&amp;Mark as done</source>
        <translation>Als erledigt &amp;markieren</translation>
    </message>
    <message>
        <source>&amp;New person and case…</source>
        <translation>&amp;Neue Person und neuer Fall …</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Due panel</source>
        <translation>&amp;Fälligkeiten</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Synchronise now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Conflicts and refused batches…</source>
        <translation>&amp;Konflikte und abgelehnte Pakete…</translation>
    </message>
    <message>
        <source>&amp;About CII Desktop</source>
        <translation>&amp;Über CII Desktop</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The AVS number may only contain digits, dots and spaces.</source>
        <translation>Die AHV-Nummer darf nur Ziffern, Punkte und Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The AVS number has 13 digits (756.XXXX.XXXX.XC).</source>
        <translation>Die AHV-Nummer hat 13 Ziffern (756.XXXX.XXXX.XC).</translation>
    </message>
    <message>
        <source>A Swiss AVS number starts with 756.</source>
        <translation>Eine Schweizer AHV-Nummer beginnt mit 756.</translation>
    </message>
    <message>
        <source>The AVS number is not valid: its check digit does not match.</source>
        <translation>Die AHV-Nummer ist ungültig: Die Prüfziffer stimmt nicht.</translation>
    </message>
    <message>
        <source>Enter the date as dd.mm.yyyy.</source>
        <translation>Geben Sie das Datum als TT.MM.JJJJ ein.</translation>
    </message>
    <message>
        <source>This date does not exist.</source>
        <translation>Dieses Datum gibt es nicht.</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation>Das Geburtsdatum kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The birth date is before 1900.</source>
        <translation>Das Geburtsdatum liegt vor 1900.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dieses Feld ist obligatorisch.</translation>
    </message>
    <message>
        <source>This e-mail address is not valid.</source>
        <translation>Diese E-Mail-Adresse ist ungültig.</translation>
    </message>
    <message>
        <source>The language must be French or German.</source>
        <translation>Die Sprache muss Französisch oder Deutsch sein.</translation>
    </message>
    <message>
        <source>Unknown value.</source>
        <translation>Unbekannter Wert.</translation>
    </message>
    <message>
        <source>A closed case needs a closing date.</source>
        <translation>Ein abgeschlossener Fall braucht ein Abschlussdatum.</translation>
    </message>
    <message>
        <source>The closing date is before the opening date.</source>
        <translation>Das Abschlussdatum liegt vor dem Eröffnungsdatum.</translation>
    </message>
    <message>
        <source>The file is larger than 50 MB.</source>
        <translation>Die Datei ist grösser als 50 MB.</translation>
    </message>
    <message>
        <source>The database could not be used.</source>
        <translation>Die Datenbank konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The key does not open this database. Nothing was changed.</source>
        <translation>Der Schlüssel öffnet diese Datenbank nicht. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a CII Desktop database.</source>
        <translation>Die Datenbankdatei ist beschädigt oder keine CII-Desktop-Datenbank.</translation>
    </message>
    <message>
        <source>There is no CII Desktop database in this folder.</source>
        <translation>In diesem Ordner gibt es keine CII-Desktop-Datenbank.</translation>
    </message>
    <message>
        <source>A database already exists in this folder; it was left untouched.</source>
        <translation>In diesem Ordner gibt es bereits eine Datenbank; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The key information file beside the database is missing. Restore it from the backup; the database was left untouched.</source>
        <translation>Die Schlüsselinformationsdatei neben der Datenbank fehlt. Stellen Sie sie aus der Sicherung wieder her; die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The keystore has no key for this database. Enter the recovery key; no new key was created and nothing was overwritten.</source>
        <translation>Der Schlüsselspeicher enthält keinen Schlüssel für diese Datenbank. Geben Sie den Wiederherstellungsschlüssel ein; es wurde kein neuer Schlüssel erstellt und nichts überschrieben.</translation>
    </message>
    <message>
        <source>No usable keystore on this computer. Choose a passphrase instead.</source>
        <translation>Kein nutzbarer Schlüsselspeicher auf diesem Computer. Wählen Sie stattdessen eine Passphrase.</translation>
    </message>
    <message>
        <source>This database is protected by a passphrase.</source>
        <translation>Diese Datenbank ist durch eine Passphrase geschützt.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Nothing was changed.</source>
        <translation>Falsche Passphrase. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The passphrase needs at least 12 characters.</source>
        <translation>Die Passphrase braucht mindestens 12 Zeichen.</translation>
    </message>
    <message>
        <source>This recovery key does not open this database.</source>
        <translation>Dieser Wiederherstellungsschlüssel öffnet diese Datenbank nicht.</translation>
    </message>
    <message>
        <source>The disk is full: the last change was not saved. Free some space and retry.</source>
        <translation>Der Datenträger ist voll: Die letzte Änderung wurde nicht gespeichert. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The data folder cannot be written to.</source>
        <translation>In den Datenordner kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The passphrase file cannot be read.</source>
        <translation>Die Datei mit der Passphrase kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The recovery key file cannot be read.</source>
        <translation>Die Datei mit dem Wiederherstellungsschlüssel kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A passphrase is needed: --passphrase-file or CII_DESKTOP_PASSPHRASE.</source>
        <translation>Eine Passphrase ist nötig: --passphrase-file oder CII_DESKTOP_PASSPHRASE.</translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation>Eine Datei konnte nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <source>The one-time passphrase is needed: type it, or set CII_DESKTOP_ENROLMENT_PASSPHRASE.</source>
        <translation>Die Einmal-Passphrase ist nötig: Geben Sie sie ein oder setzen Sie CII_DESKTOP_ENROLMENT_PASSPHRASE.</translation>
    </message>
    <message>
        <source>This workstation has not joined a sync network yet.</source>
        <translation>Dieser Arbeitsplatz ist noch keinem Synchronisationsnetz beigetreten.</translation>
    </message>
    <message>
        <source>This workstation already belongs to a network; nothing was changed.</source>
        <translation>Dieser Arbeitsplatz gehört bereits zu einem Netz; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Only the administrator workstation of the network can do this.</source>
        <translation>Nur der Administrator-Arbeitsplatz des Netzes kann dies tun.</translation>
    </message>
    <message>
        <source>This workstation is not in the network's roster.</source>
        <translation>Dieser Arbeitsplatz steht nicht in der Liste der Arbeitsplätze des Netzes.</translation>
    </message>
    <message>
        <source>The administrator workstation cannot revoke itself.</source>
        <translation>Der Administrator-Arbeitsplatz kann sich nicht selbst sperren.</translation>
    </message>
    <message>
        <source>Unknown institution or office code.</source>
        <translation>Unbekannter Code der Institution oder des Büros.</translation>
    </message>
    <message>
        <source>This file is not a CII Desktop enrolment file.</source>
        <translation>Diese Datei ist keine Aufnahmedatei von CII Desktop.</translation>
    </message>
    <message>
        <source>This file is not a CII Desktop enrolment request.</source>
        <translation>Diese Datei ist kein Aufnahmegesuch von CII Desktop.</translation>
    </message>
    <message>
        <source>Wrong one-time passphrase for this enrolment file.</source>
        <translation>Falsche Einmal-Passphrase für diese Aufnahmedatei.</translation>
    </message>
    <message>
        <source>This enrolment file was made for another workstation.</source>
        <translation>Diese Aufnahmedatei wurde für einen anderen Arbeitsplatz erstellt.</translation>
    </message>
    <message>
        <source>The network's roster on the shared folder is damaged.</source>
        <translation>Die Liste der Arbeitsplätze auf dem gemeinsamen Ordner ist beschädigt.</translation>
    </message>
    <message>
        <source>A roster on the shared folder is not signed by the network's administrator; it was ignored.</source>
        <translation>Eine Liste der Arbeitsplätze auf dem gemeinsamen Ordner ist nicht vom Administrator des Netzes signiert; sie wurde ignoriert.</translation>
    </message>
    <message>
        <source>A roster on the shared folder belongs to another network; it was ignored.</source>
        <translation>Eine Liste der Arbeitsplätze auf dem gemeinsamen Ordner gehört zu einem anderen Netz; sie wurde ignoriert.</translation>
    </message>
    <message>
        <source>The shared folder cannot be reached: working offline.</source>
        <translation>Der gemeinsame Ordner ist nicht erreichbar: Arbeit offline.</translation>
    </message>
    <message>
        <source>The shared folder is full: nothing was sent. Your changes are kept.</source>
        <translation>Der gemeinsame Ordner ist voll: Nichts wurde gesendet. Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>The shared folder already holds a different batch under this workstation's number (a restored copy of the database?). Contact the CII bureau.</source>
        <translation>Der gemeinsame Ordner enthält bereits ein anderes Paket unter der Nummer dieses Arbeitsplatzes (wiederhergestellte Kopie der Datenbank?). Wenden Sie sich an das IIZ-Büro.</translation>
    </message>
    <message>
        <source>This file already exists; it was not overwritten.</source>
        <translation>Diese Datei existiert bereits; sie wurde nicht überschrieben.</translation>
    </message>
    <message>
        <source>Not a CII Desktop batch, or damaged.</source>
        <translation>Kein Paket von CII Desktop, oder beschädigt.</translation>
    </message>
    <message>
        <source>Batch written by another version of the format.</source>
        <translation>Paket in einer anderen Version des Formats.</translation>
    </message>
    <message>
        <source>Batch incomplete (cut off).</source>
        <translation>Paket unvollständig (abgeschnitten).</translation>
    </message>
    <message>
        <source>Batch altered after it was written.</source>
        <translation>Paket nach dem Schreiben verändert.</translation>
    </message>
    <message>
        <source>Batch of another network.</source>
        <translation>Paket eines anderen Netzes.</translation>
    </message>
    <message>
        <source>Batch of a workstation that is not enrolled.</source>
        <translation>Paket eines nicht aufgenommenen Arbeitsplatzes.</translation>
    </message>
    <message>
        <source>Signature not valid: batch forged or altered.</source>
        <translation>Signatur ungültig: Paket gefälscht oder verändert.</translation>
    </message>
    <message>
        <source>Batch of a revoked workstation.</source>
        <translation>Paket eines gesperrten Arbeitsplatzes.</translation>
    </message>
    <message>
        <source>Batch found in another workstation's folder.</source>
        <translation>Paket im Ordner eines anderen Arbeitsplatzes gefunden.</translation>
    </message>
    <message>
        <source>Batch number already used: an old batch replayed.</source>
        <translation>Paketnummer bereits verwendet: altes Paket erneut eingespielt.</translation>
    </message>
    <message>
        <source>Batch does not follow the previous one of its workstation.</source>
        <translation>Das Paket folgt nicht auf das vorherige seines Arbeitsplatzes.</translation>
    </message>
    <message>
        <source>An attached file is missing from the batch.</source>
        <translation>Eine angehängte Datei fehlt im Paket.</translation>
    </message>
    <message>
        <source>Batch refers to records this workstation does not have.</source>
        <translation>Das Paket verweist auf Datensätze, die dieser Arbeitsplatz nicht hat.</translation>
    </message>
    <message>
        <source>Batch contains data this version does not know.</source>
        <translation>Das Paket enthält Daten, die diese Version nicht kennt.</translation>
    </message>
    <message>
        <source>Unexpected error.</source>
        <translation>Unerwarteter Fehler.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Journal note</source>
        <translation>Journalnotiz</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>New person and case</source>
        <translation>Neue Person und neuer Fall</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <source>Please correct the marked fields. Nothing was saved.</source>
        <translation>Bitte korrigieren Sie die markierten Felder. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Last &amp;name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Geburtsdatum:</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>&amp;AVS number:</source>
        <translation>&amp;AHV-Nummer:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>&amp;Commune of residence:</source>
        <translation>&amp;Wohngemeinde:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Receives unemployment benefits (IJ AC)</source>
        <translation>Bezieht ALV-Taggelder</translation>
    </message>
    <message>
        <source>End of ri&amp;ghts:</source>
        <translation>A&amp;ussteuerung am:</translation>
    </message>
    <message>
        <source>In a waiting period</source>
        <translation>In einer Wartezeit</translation>
    </message>
    <message>
        <source>Sanctioned</source>
        <translation>Sanktioniert</translation>
    </message>
    <message>
        <source>Job seeker without rights (LSE)</source>
        <translation>Stellensuchende Person ohne Anspruch (AVG)</translation>
    </message>
    <message>
        <source>Receives social assistance</source>
        <translation>Bezieht Sozialhilfe</translation>
    </message>
    <message>
        <source>Employability &amp;verified on:</source>
        <translation>Arbeitsmarktfähigkeit &amp;geprüft am:</translation>
    </message>
    <message>
        <source>Fit for placement</source>
        <translation>Vermittlungsfähig</translation>
    </message>
    <message>
        <source>Fitness e&amp;xamination filed on:</source>
        <translation>Prüfung der Vermittlungsfähigkeit beantragt am:</translation>
    </message>
    <message>
        <source>&amp;PQF started on:</source>
        <translation>&amp;PQF begonnen am:</translation>
    </message>
    <message>
        <source>&amp;Deregistered on:</source>
        <translation>Abge&amp;meldet am:</translation>
    </message>
    <message>
        <source>Young adult (CII youth)</source>
        <translation>Junge/r Erwachsene/r (IIZ Jugendliche)</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Stelle:</translation>
    </message>
    <message>
        <source>Lead &amp;institution:</source>
        <translation>Fallführende &amp;Institution:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>&amp;Fällig am:</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Shared server folder</source>
        <translation>Freigegebener Serverordner</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>User profile</source>
        <translation>Benutzerprofil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Stelle:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Datenordner:</translation>
    </message>
    <message>
        <source>Choose the data folder…</source>
        <translation>Datenordner wählen …</translation>
    </message>
    <message>
        <source>S&amp;hared server folder:</source>
        <translation>Freigegebener Ser&amp;verordner:</translation>
    </message>
    <message>
        <source>Choose the shared folder…</source>
        <translation>Freigegebenen Ordner wählen …</translation>
    </message>
    <message>
        <source>A new data folder is opened the next time CII Desktop starts.</source>
        <translation>Ein neuer Datenordner wird beim nächsten Start von CII Desktop geöffnet.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeit</translation>
    </message>
    <message>
        <source>End of rights</source>
        <translation>Aussteuerung</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Applied value</source>
        <translation>Angewendeter Wert</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Anderer Wert</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s), %1 refused batch(es).</source>
        <translation>
            <numerusform>%n offener Konflikt, %1 abgelehnte(s) Paket(e).</numerusform>
            <numerusform>%n offene Konflikte, %1 abgelehnte(s) Paket(e).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s) to review (Sync menu).</source>
        <translation>
            <numerusform>%n neuer Konflikt zu prüfen (Menü Synchronisation).</numerusform>
            <numerusform>%n neue Konflikte zu prüfen (Menü Synchronisation).</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronisation cancelled.</source>
        <translation>Synchronisation abgebrochen.</translation>
    </message>
    <message>
        <source>Not in a sync network: working on this computer only</source>
        <translation>Kein Synchronisationsnetz: Arbeit nur auf diesem Computer</translation>
    </message>
    <message>
        <source>Shared folder unreachable: working offline</source>
        <translation>Gemeinsamer Ordner nicht erreichbar: Arbeit offline</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Letzte Synchronisation %1</translation>
    </message>
    <message>
        <source>Never synchronised</source>
        <translation>Nie synchronisiert</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n Änderung zu senden</numerusform>
            <numerusform>%n Änderungen zu senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept here (no consent)</source>
        <translation><numerusform>%n bleibt hier (ohne Einwilligung)</numerusform><numerusform>%n bleiben hier (ohne Einwilligung)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n empfangen</numerusform>
            <numerusform>%n empfangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused batch(es)</source>
        <translation>
            <numerusform>%n abgelehntes Paket</numerusform>
            <numerusform>%n abgelehnte Pakete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>clock wrong on %n workstation(s)</source>
        <translation>
            <numerusform>Uhr falsch auf %n Arbeitsplatz</numerusform>
            <numerusform>Uhr falsch auf %n Arbeitsplätzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the synchronisation</source>
        <translation>Synchronisation abbrechen</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Synchronisation: conflicts and refused batches</source>
        <translation>Synchronisation: Konflikte und abgelehnte Pakete</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Konflikte</translation>
    </message>
    <message>
        <source>Two workstations changed the same field at the same time. The later change was applied everywhere; choose the value to keep. Your choice is sent to the other workstations.</source>
        <translation>Zwei Arbeitsplätze haben dasselbe Feld gleichzeitig geändert. Die spätere Änderung wurde überall angewendet; wählen Sie den Wert, der gelten soll. Ihre Wahl wird an die anderen Arbeitsplätze übermittelt.</translation>
    </message>
    <message>
        <source>Keep the &amp;applied value</source>
        <translation>&amp;Angewendeten Wert behalten</translation>
    </message>
    <message>
        <source>Keep the &amp;other value</source>
        <translation>A&amp;nderen Wert behalten</translation>
    </message>
    <message>
        <source>&amp;Refused batches</source>
        <translation>Abgelehnte &amp;Pakete</translation>
    </message>
    <message>
        <source>These files on the shared folder were refused and never applied. The other batches were applied normally. Tell the CII bureau.</source>
        <translation>Diese Dateien im gemeinsamen Ordner wurden abgelehnt und nie angewendet. Die anderen Pakete wurden normal angewendet. Informieren Sie das IIZ-Büro.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Demo data: the passphrase is %1</source>
        <translation>Demodaten: Die Passphrase lautet %1</translation>
    </message>
    <message>
        <source>Open the database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Wiederherstellungsschlüssel:</translation>
    </message>
    <message>
        <source>I have lost the passphrase or the key: use the &amp;recovery key</source>
        <translation>Passphrase oder Schlüssel verloren: &amp;Wiederherstellungsschlüssel verwenden</translation>
    </message>
</context>
</TS>