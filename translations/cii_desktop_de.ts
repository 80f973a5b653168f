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
    <name>AccessDialog</name>
    <message>
        <source>Right of access</source>
        <translation>Auskunftsrecht</translation>
    </message>
    <message>
        <source>Everything this workstation holds about the person of case %1 (data, history, documents, who received what and when): a PDF for the person and the same data as JSON beside it.</source>
        <translation>Alles, was dieser Arbeitsplatz über die Person des Falls %1 gespeichert hat (Daten, Verlauf, Dokumente, wer was wann erhalten hat): ein PDF für die Person und dieselben Daten als JSON daneben.</translation>
    </message>
    <message>
        <source>right-of-access</source>
        <translation>auskunftsrecht</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Language of the PDF</source>
        <translation>Sprache des PDF</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF-Datei</translation>
    </message>
    <message>
        <source>Write the PDF and the JSON</source>
        <translation>PDF und JSON schreiben</translation>
    </message>
    <message>
        <source>JSON: %1</source>
        <translation>JSON: %1</translation>
    </message>
    <message>
        <source>Give the PDF's file.</source>
        <translation>Geben Sie die PDF-Datei an.</translation>
    </message>
    <message>
        <source>The file name contains control characters.</source>
        <translation>Der Dateiname enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>Give a file name, not only a folder.</source>
        <translation>Geben Sie einen Dateinamen an, nicht nur einen Ordner.</translation>
    </message>
    <message>
        <source>The file name is too long.</source>
        <translation>Der Dateiname ist zu lang.</translation>
    </message>
    <message>
        <source>This is a folder: add a file name.</source>
        <translation>Das ist ein Ordner: Ergänzen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>AnnouncementDialog</name>
    <message>
        <source>Let the Bureau decide</source>
        <translation>Dem IIZ-Büro überlassen</translation>
    </message>
    <message>
        <source>Printed from the grid:</source>
        <translation>Aus dem Raster (wird mit dem Formular gedruckt):</translation>
    </message>
    <message>
        <source>Add what the grid does not say.</source>
        <translation>Ergänzen Sie, was das Raster nicht sagt.</translation>
    </message>
    <message>
        <source>&amp;Send to the Bureau</source>
        <translation>An das IIZ-Büro &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Why announce it although the grid is not CII complexe:</source>
        <translation>&amp;Grund der Meldung, obwohl das Raster keine komplexe IIZ ergibt:</translation>
    </message>
    <message>
        <source>Announcement of a complex situation (CII100.1)</source>
        <translation>Meldung einer komplexen Situation (CII100.1)</translation>
    </message>
    <message>
        <source>Prefilled from the person, the latest evaluation grid and the case's institutions.</source>
        <translation>Vorausgefüllt aus der Person, dem letzten Beurteilungsraster und den Institutionen des Falls.</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;Problembereiche:</translation>
    </message>
    <message>
        <source>&amp;Institutions already involved:</source>
        <translation>Bereits beteiligte &amp;Institutionen:</translation>
    </message>
    <message>
        <source>&amp;Measures already tried:</source>
        <translation>Bereits versuchte &amp;Massnahmen:</translation>
    </message>
    <message>
        <source>E&amp;xpected goal:</source>
        <translation>E&amp;rwartetes Ziel:</translation>
    </message>
    <message>
        <source>&amp;Requested handling:</source>
        <translation>&amp;Gewünschte Begleitung:</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Creating the demo data…</source>
        <translation>Demodaten werden erstellt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>No user was given for this workstation: CII Desktop closes, since forms, decisions and journal entries must carry a name. Start it again to say who uses this workstation.</source>
        <translation>Für diesen Arbeitsplatz wurde kein Name angegeben: CII Desktop wird geschlossen, denn Formulare, Entscheide und Journaleinträge müssen einen Namen tragen. Starten Sie es erneut, um anzugeben, wer diesen Arbeitsplatz benutzt.</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Objective no.</source>
        <translation>Ziel-Nr.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Massnahme</translation>
    </message>
    <message>
        <source>Legal frame</source>
        <translation>Gesetzlicher Rahmen</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Cost borne by</source>
        <translation>Kostenträger</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Verpflichtungen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message numerus="yes">
        <source>%1 days since the Bureau's decision (%2)</source>
        <translation>
            <numerusform>%1 Tag seit dem Entscheid des Büros (%2)</numerusform>
            <numerusform>%1 Tage seit dem Entscheid des Büros (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessment – %1</source>
        <translation>Assessment – %1</translation>
    </message>
    <message>
        <source>Fill in the contract and save the draft.</source>
        <translation>Füllen Sie die Vereinbarung aus und speichern Sie den Entwurf.</translation>
    </message>
    <message>
        <source>draft, not signed</source>
        <translation>Entwurf, nicht unterschrieben</translation>
    </message>
    <message>
        <source>signed – frozen</source>
        <translation>unterschrieben – eingefroren</translation>
    </message>
    <message>
        <source>replaced by an amendment</source>
        <translation>durch einen Nachtrag ersetzt</translation>
    </message>
    <message>
        <source>No contract yet: fill it in and save the draft.</source>
        <translation>Noch keine Vereinbarung: ausfüllen und den Entwurf speichern.</translation>
    </message>
    <message>
        <source>Version %1 – %2</source>
        <translation>Version %1 – %2</translation>
    </message>
    <message>
        <source>Every measure fits its institution's legal frame.</source>
        <translation>Alle Massnahmen entsprechen dem gesetzlichen Rahmen ihrer Institution.</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Die Person</translation>
    </message>
    <message>
        <source>Team saved.</source>
        <translation>Team gespeichert.</translation>
    </message>
    <message>
        <source>Evaluation saved.</source>
        <translation>Beurteilung gespeichert.</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Stand:</translation>
    </message>
    <message>
        <source>Waiting to be organised:</source>
        <translation>Wartezeit bis zur Organisation:</translation>
    </message>
    <message>
        <source>Assessment &amp;date (dd.mm.yyyy):</source>
        <translation>&amp;Datum des Assessments (TT.MM.JJJJ):</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <source>&amp;Held on (dd.mm.yyyy):</source>
        <translation>&amp;Durchgeführt am (TT.MM.JJJJ):</translation>
    </message>
    <message>
        <source>Mark as &amp;held</source>
        <translation>Als durch&amp;geführt markieren</translation>
    </message>
    <message>
        <source>Closure &amp;outcome:</source>
        <translation>&amp;Ergebnis des Abschlusses:</translation>
    </message>
    <message>
        <source>Closed o&amp;n (dd.mm.yyyy):</source>
        <translation>Abgeschlossen a&amp;m (TT.MM.JJJJ):</translation>
    </message>
    <message>
        <source>C&amp;lose the assessment</source>
        <translation>Assessment a&amp;bschliessen</translation>
    </message>
    <message>
        <source>Regional team</source>
        <translation>Regionales Team</translation>
    </message>
    <message>
        <source>Répondants CII of the institutions, the announcing professional, an SMR doctor and the person.</source>
        <translation>Die IIZ-Ansprechpersonen der Institutionen, die meldende Fachperson, eine Ärztin oder ein Arzt des RAD und die Person.</translation>
    </message>
    <message>
        <source>&amp;Add a member</source>
        <translation>Mitglied &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove the member</source>
        <translation>Mitglied &amp;entfernen</translation>
    </message>
    <message>
        <source>Save the &amp;team</source>
        <translation>&amp;Team speichern</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Beurteilung</translation>
    </message>
    <message>
        <source>&amp;Medical situation:</source>
        <translation>&amp;Medizinische Situation:</translation>
    </message>
    <message>
        <source>&amp;Professional situation:</source>
        <translation>&amp;Berufliche Situation:</translation>
    </message>
    <message>
        <source>&amp;Social situation:</source>
        <translation>&amp;Soziale Situation:</translation>
    </message>
    <message>
        <source>The person's &amp;resources:</source>
        <translation>&amp;Ressourcen der Person:</translation>
    </message>
    <message>
        <source>Save the &amp;evaluation</source>
        <translation>Beurteilung s&amp;peichern</translation>
    </message>
    <message>
        <source>Contrat d'objectifs</source>
        <translation>Zielvereinbarung</translation>
    </message>
    <message>
        <source>Overall &amp;aim:</source>
        <translation>&amp;Gesamtziel:</translation>
    </message>
    <message>
        <source>Aim in &amp;words:</source>
        <translation>Ziel in &amp;Worten:</translation>
    </message>
    <message>
        <source>End of the &amp;framework period (dd.mm.yyyy):</source>
        <translation>Ende der &amp;Rahmenfrist für den Leistungsbezug (TT.MM.JJJJ):</translation>
    </message>
    <message>
        <source>The end of the benefit framework period, as the ORP knows it: the LIAS measures the ORP asks for are checked against it.</source>
        <translation>Das Ende der Rahmenfrist für den Leistungsbezug, wie das RAV es kennt: die vom RAV verlangten LIAS-Massnahmen werden daran geprüft.</translation>
    </message>
    <message>
        <source>&amp;Objectives (numbered in this order):</source>
        <translation>&amp;Ziele (in dieser Reihenfolge nummeriert):</translation>
    </message>
    <message>
        <source>Add an o&amp;bjective</source>
        <translation>Ziel hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Remove the objective</source>
        <translation>Ziel entfernen</translation>
    </message>
    <message>
        <source>&amp;Measures of each objective:</source>
        <translation>&amp;Massnahmen je Ziel:</translation>
    </message>
    <message>
        <source>Add a mea&amp;sure</source>
        <translation>Mass&amp;nahme hinzufügen</translation>
    </message>
    <message>
        <source>Remove the measure</source>
        <translation>Massnahme entfernen</translation>
    </message>
    <message>
        <source>The person's &amp;commitments:</source>
        <translation>Verpflichtungen der &amp;Person:</translation>
    </message>
    <message>
        <source>Each &amp;institution's commitments:</source>
        <translation>Verpflichtungen jeder &amp;Institution:</translation>
    </message>
    <message>
        <source>Re&amp;view dates (dd.mm.yyyy; …):</source>
        <translation>Über&amp;prüfungstermine (TT.MM.JJJJ; …):</translation>
    </message>
    <message>
        <source>The person meets the LEMC &amp;conditions</source>
        <translation>Die Person erfüllt die LEMC-&amp;Voraussetzungen (BMAG)</translation>
    </message>
    <message>
        <source>Bureau's check of the legal frames:</source>
        <translation>Prüfung durch das Büro (gesetzliche Rahmen):</translation>
    </message>
    <message>
        <source>Save the &amp;draft</source>
        <translation>Entwurf &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Print and sign…</source>
        <translation>&amp;Drucken und unterschreiben…</translation>
    </message>
    <message>
        <source>A&amp;mend (new version)</source>
        <translation>Nach&amp;trag (neue Version)</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Überprüfungen</translation>
    </message>
    <message>
        <source>Review &amp;held on (dd.mm.yyyy):</source>
        <translation>Überprüfung &amp;am (TT.MM.JJJJ):</translation>
    </message>
    <message>
        <source>Progress of each objective:</source>
        <translation>Fortschritt je Ziel:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Record the re&amp;view</source>
        <translation>Überprüfung &amp;erfassen</translation>
    </message>
    <message>
        <source>Reviews recorded:</source>
        <translation>Erfasste Überprüfungen:</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer/innen</translation>
    </message>
    <message>
        <source>Only my own entries</source>
        <translation>Nur meine eigenen Einträge</translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation>Alle Institutionen</translation>
    </message>
    <message>
        <source>All operations</source>
        <translation>Alle Vorgänge</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Every entry of this workstation's audit trail (data-protection officer).</source>
        <translation>Alle Einträge des Audit-Protokolls dieses Arbeitsplatzes (Datenschutzberater/in).</translation>
    </message>
    <message>
        <source>Your own entries only: the audit trail of other users is for the data-protection officer.</source>
        <translation>Nur Ihre eigenen Einträge: Das Audit-Protokoll anderer Benutzer/innen ist der/dem Datenschutzberater/in vorbehalten.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer/in</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Only the person of the selected case</source>
        <translation>Nur die Person des ausgewählten Falls</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Mehr</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>"Who saw my file" as &amp;PDF…</source>
        <translation>«Wer hat mein Dossier eingesehen» als &amp;PDF…</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Zeit</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger/innen</translation>
    </message>
    <message>
        <source>Select a case first: the PDF answers one person's request.</source>
        <translation>Wählen Sie zuerst einen Fall: Das PDF beantwortet die Anfrage einer Person.</translation>
    </message>
    <message>
        <source>Reading the audit trail…</source>
        <translation>Audit-Protokoll wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>%n Eintrag angezeigt</numerusform>
            <numerusform>%n Einträge angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Audit-Protokoll exportieren</translation>
    </message>
    <message>
        <source>This file already exists; choose another name.</source>
        <translation>Diese Datei existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported</source>
        <translation>
            <numerusform>%n Eintrag exportiert</numerusform>
            <numerusform>%n Einträge exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Who saw my file</source>
        <translation>Wer hat mein Dossier eingesehen</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>Audit-&amp;Protokoll…</translation>
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
        <translation>Im kantonalen Qualifizierungsprogramm (PQF) seit</translation>
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
    <message>
        <source>This case was erased on another workstation (sync, by the Bureau's order): it can no longer be saved. Close this window.</source>
        <translation>Dieser Fall wurde auf einem anderen Arbeitsplatz gelöscht (Synchronisation, auf Anordnung des IIZ-Büros): Er kann nicht mehr gespeichert werden. Schliessen Sie dieses Fenster.</translation>
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
    <name>ConsentDialog</name>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <source>Procuration CII</source>
        <translation>IIZ-Vollmacht</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Ablehnung</translation>
    </message>
    <message>
        <source>Legal basis LIAS art. 60 ff.</source>
        <translation>Gesetzliche Grundlage LIAS Art. 60 ff.</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>gültig bis %1</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>unterschrieben</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>noch nicht unterschrieben</translation>
    </message>
    <message>
        <source>decided by %1</source>
        <translation>entschieden durch %1</translation>
    </message>
    <message>
        <source>whole network</source>
        <translation>ganzes Netzwerk</translation>
    </message>
    <message>
        <source>revoked on %1</source>
        <translation>widerrufen am %1</translation>
    </message>
    <message>
        <source>&amp;Valid until (empty: until revoked):</source>
        <translation>Gültig &amp;bis (leer: bis zum Widerruf):</translation>
    </message>
    <message>
        <source>&amp;Institutions sharing (none ticked: the whole network):</source>
        <translation>&amp;Beteiligte Institutionen (keine angekreuzt: ganzes Netzwerk):</translation>
    </message>
    <message>
        <source>Offices: tick some under an institution to share with those offices only.</source>
        <translation>Stellen: unter einer Institution ankreuzen, um nur mit diesen Stellen zu teilen.</translation>
    </message>
    <message>
        <source>Consent and sharing</source>
        <translation>Einwilligung und Austausch</translation>
    </message>
    <message>
        <source>Mark as &amp;signed on paper</source>
        <translation>Als auf Papier &amp;unterschrieben markieren</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>&amp;Procuration CII</source>
        <translation>IIZ-&amp;Vollmacht</translation>
    </message>
    <message>
        <source>Re&amp;fusal of the person</source>
        <translation>&amp;Ablehnung durch die Person</translation>
    </message>
    <message>
        <source>&amp;Legal basis LIAS art. 60 ff.</source>
        <translation>&amp;Gesetzliche Grundlage LIAS Art. 60 ff.</translation>
    </message>
    <message>
        <source>&amp;Institutions that may exchange information:</source>
        <translation>&amp;Institutionen, die Informationen austauschen dürfen:</translation>
    </message>
    <message>
        <source>&amp;Date (dd.mm.yyyy):</source>
        <translation>&amp;Datum (TT.MM.JJJJ):</translation>
    </message>
    <message>
        <source>&amp;Valid until (empty: 2 years):</source>
        <translation>Gültig &amp;bis (leer: 2 Jahre):</translation>
    </message>
    <message>
        <source>Already signed on paper</source>
        <translation>Bereits auf Papier unterschrieben</translation>
    </message>
    <message>
        <source>&amp;Decided by:</source>
        <translation>&amp;Entschieden durch:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Bemerkung:</translation>
    </message>
</context>
<context>
    <name>ConsentOffices</name>
    <message>
        <source>Tick offices to share with these offices only; none ticked: the whole institution.</source>
        <translation>Stellen ankreuzen, um nur mit diesen Stellen zu teilen; keine angekreuzt: die ganze Institution.</translation>
    </message>
    <message>
        <source>Office: %1</source>
        <translation>Stelle: %1</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Bilingual FR/DE</source>
        <translation>Zweisprachig FR/DE</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>nicht unterschrieben</translation>
    </message>
    <message>
        <source>signed on screen</source>
        <translation>am Bildschirm unterschrieben</translation>
    </message>
    <message>
        <source>signed on paper (scan attached)</source>
        <translation>auf Papier unterschrieben (Scan beigefügt)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 signatures</source>
        <translation>
            <numerusform>%1 von %2 Unterschriften</numerusform>
            <numerusform>%1 von %2 Unterschriften</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 – %2</source>
        <translation>Version %1 – %2</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the e-mail draft</source>
        <translation>Ordner für den E-Mail-Entwurf</translation>
    </message>
    <message>
        <source>E-mail draft written: %1</source>
        <translation>E-Mail-Entwurf geschrieben: %1</translation>
    </message>
    <message>
        <source>Scanned signed copy</source>
        <translation>Gescannte unterschriebene Kopie</translation>
    </message>
    <message>
        <source>PDF or image (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>PDF oder Bild (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als P&amp;DF speichern…</translation>
    </message>
    <message>
        <source>Prepare &amp;e-mail…</source>
        <translation>&amp;E-Mail vorbereiten…</translation>
    </message>
    <message>
        <source>&amp;Sign on screen…</source>
        <translation>Am Bildschirm &amp;unterschreiben…</translation>
    </message>
    <message>
        <source>Attach the signed &amp;scan…</source>
        <translation>Unterschriebenen &amp;Scan beifügen…</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n heute fällig</numerusform>
            <numerusform>%n heute fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
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
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>Nächste 7 Tage</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>EditMerge</name>
    <message>
        <source>Changed on another workstation since this window was opened: %1. The form now shows those changes; your own input is kept. Nothing is saved yet: check, then save again.</source>
        <translation>Seit dem Öffnen dieses Fensters auf einem anderen Arbeitsplatz geändert: %1. Das Formular zeigt jetzt diese Änderungen; Ihre Eingaben bleiben erhalten. Noch nichts gespeichert: prüfen Sie und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Saving replaces the other change in: %1.</source>
        <translation>Beim Speichern wird die andere Änderung ersetzt in: %1.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase a person</source>
        <translation>Eine Person löschen</translation>
    </message>
    <message>
        <source>It is also erased from every workstation of the network that holds it: the order travels with the next synchronisation.</source>
        <translation>Sie werden auch auf allen Arbeitsplätzen des Netzwerks gelöscht, die sie haben: Der Auftrag geht mit der nächsten Synchronisation mit.</translation>
    </message>
    <message>
        <source>This workstation is in no sync network: the erasure concerns this workstation only.</source>
        <translation>Dieser Arbeitsplatz gehört zu keinem Synchronisationsnetz: Die Löschung betrifft nur diesen Arbeitsplatz.</translation>
    </message>
    <message>
        <source>The data of &lt;b&gt;%1&lt;/b&gt; will be erased from this workstation. %2 This cannot be undone.</source>
        <translation>Die Daten von &lt;b&gt;%1&lt;/b&gt; werden auf diesem Arbeitsplatz gelöscht. %2 Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Old values in the change journal: %1</source>
        <translation>Alte Werte im Änderungsprotokoll: %1</translation>
    </message>
    <message>
        <source>Anonymous counts of the cases stay for the annual statistics.</source>
        <translation>Anonyme Zählungen der Fälle bleiben für die Jahresstatistik erhalten.</translation>
    </message>
    <message>
        <source>To confirm, type the person's last name (%1):</source>
        <translation>Zur Bestätigung den Nachnamen der Person eingeben (%1):</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>ErasedInput</name>
    <message>
        <source>Copy my input to the clipboard</source>
        <translation>Meine Eingabe in die Zwischenablage kopieren</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Written warning (LSE job seeker)</source>
        <translation>Schriftliche Verwarnung (stellensuchende Person AVG)</translation>
    </message>
    <message>
        <source>Disagreement (to the institution's répondant CII)</source>
        <translation>Meinungsverschiedenheit (an die IIZ-Ansprechperson der Institution)</translation>
    </message>
    <message>
        <source>Closure of the case</source>
        <translation>Abschluss des Dossiers</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>gelöst</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Warning, disagreement, closure</source>
        <translation>Verwarnung, Meinungsverschiedenheit, Abschluss</translation>
    </message>
    <message>
        <source>&amp;Escalate to the cantonal officer</source>
        <translation>An die/den kantonale/n IIZ-Beauftragte/n &amp;weiterleiten</translation>
    </message>
    <message>
        <source>Record the &amp;outcome (text below)</source>
        <translation>&amp;Ergebnis erfassen (Text unten)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Date (dd.mm.yyyy):</source>
        <translation>&amp;Datum (TT.MM.JJJJ):</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Partner institution informed</source>
        <translation>&amp;Partnerinstitution informiert</translation>
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
    <name>FilePage</name>
    <message>
        <source>The register file</source>
        <translation>Die Registerdatei</translation>
    </message>
    <message>
        <source>Choose the Excel file (xlsx) of the register of collaborations: one row per situation announced to the Bureau, headers in French or German.</source>
        <translation>Wählen Sie die Excel-Datei (xlsx) des Registers der Zusammenarbeiten: eine Zeile pro dem Büro gemeldete Situation, Spaltenköpfe auf Französisch oder Deutsch.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>A keystore is available on this computer: it keeps the database key. Choose below an unlock passphrase (at least 12 characters): the window locks itself after a few idle minutes and with Ctrl+L, and this passphrase unlocks it.</source>
        <translation>Auf diesem Computer ist ein Schlüsselbund verfügbar: Er bewahrt den Schlüssel der Datenbank auf. Wählen Sie unten eine Entsperr-Passphrase (mindestens 12 Zeichen): Das Fenster sperrt sich nach einigen Minuten ohne Eingabe und mit Ctrl+L, und diese Passphrase entsperrt es.</translation>
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
        <translation>&amp;Rolle:</translation>
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
        <translation>Wiederherstellungsschlüssel &amp;drucken…</translation>
    </message>
    <message>
        <source>I have &amp;printed or written down the recovery key</source>
        <translation>Ich habe den Wiederherstellungsschlüssel &amp;gedruckt oder notiert</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <source>New person and case…</source>
        <translation>Neue Person und neuer Fall…</translation>
    </message>
    <message>
        <source>(Ctrl+N): the person, then the case with its office and institution.</source>
        <translation>(Ctrl+N): die Person, dann der Fall mit seiner Stelle und seiner Institution.</translation>
    </message>
    <message>
        <source>Join a network…</source>
        <translation>Einem Netzwerk beitreten…</translation>
    </message>
    <message>
        <source>to receive the cases your partners share with you (an enrolment file from the network administrator).</source>
        <translation>um die Fälle zu erhalten, die Ihre Partner mit Ihnen teilen (eine Aufnahmedatei der Netzwerkadministration).</translation>
    </message>
    <message>
        <source>No case yet. How to start:</source>
        <translation>Noch kein Fall. So beginnen Sie:</translation>
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
    <name>GridDialog</name>
    <message>
        <source>Domain</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Bemerkung</translation>
    </message>
    <message>
        <source>Proposed by the grid: %1</source>
        <translation>Vorschlag des Rasters: %1</translation>
    </message>
    <message>
        <source>Evaluation grid saved.</source>
        <translation>Beurteilungsraster gespeichert.</translation>
    </message>
    <message>
        <source>Evaluation grid</source>
        <translation>Beurteilungsraster</translation>
    </message>
    <message>
        <source>&amp;Date (dd.mm.yyyy):</source>
        <translation>&amp;Datum (TT.MM.JJJJ):</translation>
    </message>
    <message>
        <source>Assessed &amp;by:</source>
        <translation>Beurteilt &amp;durch:</translation>
    </message>
    <message>
        <source>Rate each problem domain (0 = no problem, 3 = serious) and comment:</source>
        <translation>Beurteilen Sie jeden Bereich (0 = kein Problem, 3 = schwer) und kommentieren Sie:</translation>
    </message>
    <message>
        <source>CII &amp;level:</source>
        <translation>IIZ-&amp;Stufe:</translation>
    </message>
    <message>
        <source>&amp;Reason for another level:</source>
        <translation>&amp;Begründung einer anderen Stufe:</translation>
    </message>
</context>
<context>
    <name>HandlingsController</name>
    <message numerus="yes">
        <source>waiting for %1 days</source>
        <translation>
            <numerusform>wartet seit %1 Tag</numerusform>
            <numerusform>wartet seit %1 Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 interviews</source>
        <translation>
            <numerusform>%1 Gespräch</numerusform>
            <numerusform>%1 Gespräche</numerusform>
        </translation>
    </message>
    <message>
        <source>months under two interviews: %1</source>
        <translation>Monate unter zwei Gesprächen: %1</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>Table ronde</source>
        <translation>Runder Tisch</translation>
    </message>
    <message>
        <source>Network meeting</source>
        <translation>Netzwerkgespräch</translation>
    </message>
    <message>
        <source>minutes recorded</source>
        <translation>Protokoll erfasst</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Importing… nothing is written until every row is in.</source>
        <translation>Import läuft… es wird nichts geschrieben, bevor alle Zeilen übernommen sind.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>InputGuard</name>
    <message>
        <source>Not typed: this field holds at most %1 characters.</source>
        <translation>Nicht übernommen: Dieses Feld fasst höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Paste refused: it holds invisible characters (%1: control or direction characters); nothing was pasted.</source>
        <translation>Einfügen abgelehnt: Der Text enthält unsichtbare Zeichen (%1: Steuer- oder Richtungszeichen); nichts wurde eingefügt.</translation>
    </message>
    <message>
        <source>Left out: the invisible characters %1 (control or direction characters).</source>
        <translation>Weggelassen: die unsichtbaren Zeichen %1 (Steuer- oder Richtungszeichen).</translation>
    </message>
    <message>
        <source>Left out: the invisible character %1 (control or direction character).</source>
        <translation>Weggelassen: das unsichtbare Zeichen %1 (Steuer- oder Richtungszeichen).</translation>
    </message>
</context>
<context>
    <name>JoinNetworkDialog</name>
    <message>
        <source>Join a network</source>
        <translation>Einem Netzwerk beitreten</translation>
    </message>
    <message>
        <source>1. Write a request file and hand it to the network's administrator.</source>
        <translation>1. Schreiben Sie eine Gesuchsdatei und übergeben Sie sie der Netzwerkadministration.</translation>
    </message>
    <message>
        <source>&amp;Write the request file…</source>
        <translation>Gesuchsdatei &amp;schreiben…</translation>
    </message>
    <message>
        <source>2. With the enrolment file you receive and its one-time passphrase (given another way than the file):</source>
        <translation>2. Mit der erhaltenen Aufnahmedatei und ihrer Einmal-Passphrase (auf anderem Weg als die Datei übermittelt):</translation>
    </message>
    <message>
        <source>Enrolment file:</source>
        <translation>Aufnahmedatei:</translation>
    </message>
    <message>
        <source>Shared server folder:</source>
        <translation>Freigegebener Serverordner:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>One-time passphrase:</source>
        <translation>Einmal-Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Beitreten</translation>
    </message>
    <message>
        <source>Enrolment file</source>
        <translation>Aufnahmedatei</translation>
    </message>
    <message>
        <source>Shared server folder</source>
        <translation>Freigegebener Serverordner</translation>
    </message>
    <message>
        <source>Request file</source>
        <translation>Gesuchsdatei</translation>
    </message>
    <message>
        <source>1. Request file written: %1</source>
        <translation>1. Gesuchsdatei geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>(double-click to read the whole note)</source>
        <translation>(Doppelklick, um die ganze Notiz zu lesen)</translation>
    </message>
    <message>
        <source>Double-click to read the whole note.</source>
        <translation>Doppelklicken, um die ganze Notiz zu lesen.</translation>
    </message>
    <message>
        <source>Journal note</source>
        <translation>Journalnotiz</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>Database key</source>
        <translation>Schlüssel der Datenbank</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Issue a new recovery key</source>
        <translation>Neuen Wiederherstellungsschlüssel ausstellen</translation>
    </message>
    <message>
        <source>Keep the key in this computer's keystore</source>
        <translation>Schlüssel im Schlüsselbund dieses Computers aufbewahren</translation>
    </message>
    <message>
        <source>Protect with a passphrase</source>
        <translation>Mit einer Passphrase schützen</translation>
    </message>
    <message>
        <source>Re-encrypt under a new key</source>
        <translation>Mit einem neuen Schlüssel neu verschlüsseln</translation>
    </message>
    <message>
        <source>Every change gives the database a new key and a new recovery key: the old passphrase and the old recovery key stop opening it. Older backups keep theirs.</source>
        <translation>Jeder Wechsel gibt der Datenbank einen neuen Schlüssel und einen neuen Wiederherstellungsschlüssel: die alte Passphrase und der alte Wiederherstellungsschlüssel öffnen sie nicht mehr. Ältere Sicherungen behalten ihre.</translation>
    </message>
    <message>
        <source>The database was opened with the recovery key. Choose a new passphrase now.</source>
        <translation>Die Datenbank wurde mit dem Wiederherstellungsschlüssel geöffnet. Wählen Sie jetzt eine neue Passphrase.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Changing the key…</source>
        <translation>Schlüssel wird gewechselt…</translation>
    </message>
    <message>
        <source>Cancelling: the database keeps its key…</source>
        <translation>Abbruch: Die Datenbank behält ihren Schlüssel…</translation>
    </message>
    <message>
        <source>New recovery key: write it down or print it, it is shown only once.</source>
        <translation>Neuer Wiederherstellungsschlüssel: notieren oder drucken Sie ihn, er wird nur einmal angezeigt.</translation>
    </message>
</context>
<context>
    <name>LifecycleActions</name>
    <message>
        <source>Right of &amp;access…</source>
        <translation>&amp;Auskunftsrecht…</translation>
    </message>
    <message>
        <source>&amp;Erase this person…</source>
        <translation>Diese Person &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Retention…</source>
        <translation>Auf&amp;bewahrung…</translation>
    </message>
    <message>
        <source>Right of access</source>
        <translation>Auskunftsrecht</translation>
    </message>
    <message>
        <source>These files already exist:
%1
Replace them?</source>
        <translation>Diese Dateien gibt es bereits:
%1
Ersetzen?</translation>
    </message>
    <message>
        <source>Nothing was written: the files already exist.</source>
        <translation>Nichts wurde geschrieben: die Dateien gibt es bereits.</translation>
    </message>
    <message>
        <source>Writing the right-of-access export…</source>
        <translation>Auskunft wird geschrieben…</translation>
    </message>
    <message>
        <source>Right of access written.</source>
        <translation>Auskunft geschrieben.</translation>
    </message>
    <message>
        <source>Right of access written:
%1</source>
        <translation>Auskunft geschrieben:
%1</translation>
    </message>
    <message>
        <source>Right of access: nothing was written.</source>
        <translation>Auskunft: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Data of %1 erased on this workstation.</source>
        <translation>Daten von %1 auf diesem Arbeitsplatz gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Data of %n person(s) erased on this workstation.</source>
        <translation><numerusform>Daten von %n Person auf diesem Arbeitsplatz gelöscht.</numerusform><numerusform>Daten von %n Personen auf diesem Arbeitsplatz gelöscht.</numerusform></translation>
    </message>
    <message>
        <source>The files could not be written there (the folder does not exist or cannot be written to, or the disk is full); nothing was written.</source>
        <translation>Die Dateien konnten dort nicht geschrieben werden (der Ordner existiert nicht oder ist schreibgeschützt, oder der Datenträger ist voll); nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>A synchronisation or an erasure is running: try again when it has ended.</source>
        <translation>Eine Synchronisation oder eine Löschung läuft: versuchen Sie es erneut, wenn sie beendet ist.</translation>
    </message>
    <message>
        <source>Looking for the persons due for erasure…</source>
        <translation>Suche nach den zu löschenden Personen…</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Erasure done. Compacting the database file (no erased byte stays in it)…</source>
        <translation>Löschung erfolgt. Die Datenbankdatei wird verdichtet (kein gelöschtes Byte bleibt darin)…</translation>
    </message>
    <message>
        <source>it was cancelled</source>
        <translation>sie wurde abgebrochen</translation>
    </message>
    <message>
        <source>the database was in use</source>
        <translation>die Datenbank war in Gebrauch</translation>
    </message>
    <message>
        <source>not enough free disk space: about %1 MB needed, %2 MB free</source>
        <translation>zu wenig freier Speicherplatz: etwa %1 MB nötig, %2 MB frei</translation>
    </message>
    <message>
        <source>an error occurred</source>
        <translation>ein Fehler ist aufgetreten</translation>
    </message>
    <message>
        <source>The file could not be compacted (%1): the erased data stay in its free space until the compaction, which runs after the next synchronisation or before the next daily backup.</source>
        <translation>Die Datei konnte nicht verdichtet werden (%1): die gelöschten Daten bleiben in ihrem freien Platz bis zur Verdichtung, die nach der nächsten Synchronisation oder vor der nächsten täglichen Sicherung erfolgt.</translation>
    </message>
    <message>
        <source>Compacting the database file after an erasure…</source>
        <translation>Die Datenbankdatei wird nach einer Löschung verdichtet…</translation>
    </message>
    <message>
        <source>Database file compacted: no erased data is left in it.</source>
        <translation>Datenbankdatei verdichtet: sie enthält keine gelöschten Daten mehr.</translation>
    </message>
    <message>
        <source>The order travels with the next synchronisation.</source>
        <translation>Der Auftrag geht mit der nächsten Synchronisation mit.</translation>
    </message>
    <message>
        <source>Erasure done; database file compacted.</source>
        <translation>Löschung erledigt; Datenbankdatei verdichtet.</translation>
    </message>
    <message>
        <source>Erasure done; compaction owed.</source>
        <translation>Löschung erledigt; Verdichtung ausstehend.</translation>
    </message>
    <message>
        <source>Erased data awaiting compaction.</source>
        <translation>Gelöschte Daten warten auf die Verdichtung.</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>CII Desktop is locked</source>
        <translation>CII Desktop ist gesperrt</translation>
    </message>
    <message>
        <source>Personal data is hidden. Synchronisation goes on in the background. Enter your passphrase to continue.</source>
        <translation>Personendaten sind ausgeblendet. Die Synchronisation läuft im Hintergrund weiter. Geben Sie Ihre Passphrase ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>Personal data is hidden. No unlock passphrase is set on this workstation: enter the recovery key to continue.</source>
        <translation>Personendaten sind ausgeblendet. Auf diesem Arbeitsplatz ist keine Entsperr-Passphrase festgelegt: Geben Sie den Wiederherstellungsschlüssel ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key instead</source>
        <translation>Stattdessen den &amp;Wiederherstellungsschlüssel verwenden</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Wrong recovery key.</source>
        <translation>Falscher Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Falsche Passphrase.</translation>
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
        <source>&amp;Join a network…</source>
        <translation>Einem &amp;Netzwerk beitreten…</translation>
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
        <source>This workstation joined the network.</source>
        <translation>Dieser Arbeitsplatz ist dem Netzwerk beigetreten.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Keystore</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>none on this computer (the database is protected by a passphrase)</source>
        <translation>keiner auf diesem Computer (die Datenbank ist durch eine Passphrase geschützt)</translation>
    </message>
    <message>
        <source>Secret Service of the desktop (GNOME Keyring, KWallet)</source>
        <translation>Secret Service des Desktops (GNOME Keyring, KWallet)</translation>
    </message>
    <message>
        <source>KWallet</source>
        <translation>KWallet</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>the system's keystore</source>
        <translation>der Schlüsselspeicher des Systems</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Name, AVS number, reference, commune…</source>
        <translation>Name, AHV-Nummer, Referenz, Gemeinde…</translation>
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
        <translation>&amp;Person bearbeiten…</translation>
    </message>
    <message>
        <source>Edit &amp;case…</source>
        <translation>&amp;Fall bearbeiten…</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>&amp;Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;reminder…</source>
        <translation>&amp;Erinnerung hinzufügen…</translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation>&amp;Datei hinzufügen…</translation>
    </message>
    <message>
        <source>Referral path</source>
        <translation>IIZ-Verlauf</translation>
    </message>
    <message>
        <source>Evaluation &amp;grid…</source>
        <translation>Beurteilungs&amp;raster…</translation>
    </message>
    <message>
        <source>C&amp;onsent…</source>
        <translation>E&amp;inwilligung…</translation>
    </message>
    <message>
        <source>&amp;Target publics…</source>
        <translation>&amp;Zielgruppen…</translation>
    </message>
    <message>
        <source>&amp;Announce to the Bureau…</source>
        <translation>Dem IIZ-Büro &amp;melden…</translation>
    </message>
    <message>
        <source>&amp;Warning, disagreement, closure…</source>
        <translation>&amp;Verwarnung, Meinungsverschiedenheit, Abschluss…</translation>
    </message>
    <message>
        <source>Handlings</source>
        <translation>Begleitungen</translation>
    </message>
    <message>
        <source>O&amp;pen…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Neue Sitzung…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>&amp;Druckvorschau…</translation>
    </message>
    <message>
        <source>&amp;Open version…</source>
        <translation>Version ö&amp;ffnen…</translation>
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
        <translation>&amp;Kopie speichern…</translation>
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
        <source>&amp;Referral</source>
        <translation>IIZ-&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Bureau CII</source>
        <translation>IIZ-&amp;Büro</translation>
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
        <translation>&amp;Neue Person und neuer Fall…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
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
        <source>&amp;Target publics and transitions…</source>
        <translation>&amp;Zielgruppen und Übergänge…</translation>
    </message>
    <message>
        <source>&amp;Announce to the Bureau CII…</source>
        <translation>Dem IIZ-Büro &amp;melden…</translation>
    </message>
    <message>
        <source>Table ronde or &amp;network meeting…</source>
        <translation>Runder Tisch oder &amp;Netzwerkgespräch…</translation>
    </message>
    <message>
        <source>&amp;Announcements to decide…</source>
        <translation>Zu entscheidende &amp;Meldungen…</translation>
    </message>
    <message>
        <source>CII &amp;alerts…</source>
        <translation>IIZ-&amp;Alarme…</translation>
    </message>
    <message>
        <source>&amp;Transitions register…</source>
        <translation>Register der &amp;Übergänge…</translation>
    </message>
    <message>
        <source>&amp;About CII Desktop</source>
        <translation>&amp;Über CII Desktop</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns found</source>
        <translation>Gefundene Spalten</translation>
    </message>
    <message>
        <source>Column of the register</source>
        <translation>Spalte des Registers</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>Spaltenkopf in der Datei</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Jede Zeile wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n Zeile gelesen.</numerusform>
            <numerusform>%n Zeilen gelesen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Table ronde (without the person)</source>
        <translation>Runder Tisch (ohne die Person)</translation>
    </message>
    <message>
        <source>Network meeting (with the person's agreement)</source>
        <translation>Netzwerkgespräch (mit Einverständnis der Person)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <source>Present</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Deadline (dd.mm.yyyy)</source>
        <translation>Frist (TT.MM.JJJJ)</translation>
    </message>
    <message>
        <source>Held without the person, between professionals.</source>
        <translation>Ohne die Person, unter Fachpersonen.</translation>
    </message>
    <message>
        <source>Needs the person's agreement (procuration CII or legal basis).</source>
        <translation>Braucht das Einverständnis der Person (IIZ-Vollmacht oder gesetzliche Grundlage).</translation>
    </message>
    <message>
        <source>Minutes saved.</source>
        <translation>Protokoll gespeichert.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planung</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Date (dd.mm.yyyy):</source>
        <translation>&amp;Datum (TT.MM.JJJJ):</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Coordinator:</source>
        <translation>&amp;Koordination:</translation>
    </message>
    <message>
        <source>&amp;Invited institutions:</source>
        <translation>&amp;Eingeladene Institutionen:</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>&amp;Held on (dd.mm.yyyy):</source>
        <translation>&amp;Durchgeführt am (TT.MM.JJJJ):</translation>
    </message>
    <message>
        <source>Partici&amp;pants (tick who was present):</source>
        <translation>Teil&amp;nehmende (Anwesende ankreuzen):</translation>
    </message>
    <message>
        <source>&amp;Add a participant</source>
        <translation>Teilnehmende &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remove the participant</source>
        <translation>Teilnehmende entfernen</translation>
    </message>
    <message>
        <source>Situation as &amp;presented:</source>
        <translation>&amp;Vorgestellte Situation:</translation>
    </message>
    <message>
        <source>Problems c&amp;larified:</source>
        <translation>Ge&amp;klärte Probleme:</translation>
    </message>
    <message>
        <source>&amp;Decisions:</source>
        <translation>&amp;Beschlüsse:</translation>
    </message>
    <message>
        <source>&amp;Recommended handling:</source>
        <translation>&amp;Empfohlene Begleitung:</translation>
    </message>
    <message>
        <source>&amp;Outcome (once held):</source>
        <translation>&amp;Ergebnis (nach der Sitzung):</translation>
    </message>
    <message>
        <source>&amp;Next steps (each becomes a reminder):</source>
        <translation>&amp;Nächste Schritte (jeder wird eine Erinnerung):</translation>
    </message>
    <message>
        <source>Add a s&amp;tep</source>
        <translation>&amp;Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Remove the step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <source>Dis&amp;tribution list:</source>
        <translation>&amp;Verteiler:</translation>
    </message>
    <message>
        <source>Save the &amp;minutes</source>
        <translation>Protokoll s&amp;peichern</translation>
    </message>
    <message>
        <source>P&amp;rint and sign…</source>
        <translation>D&amp;rucken und unterschreiben…</translation>
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
        <source>This text holds invisible control characters (such as NUL, ESC or a direction override); remove them.</source>
        <translation>Dieser Text enthält unsichtbare Steuerzeichen (zum Beispiel NUL, ESC oder eine Umkehrung der Schreibrichtung); bitte entfernen Sie sie.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Dieser Text ist zu lang.</translation>
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
        <source>This database was written by a newer version of CII Desktop. Update CII Desktop; the database was left untouched.</source>
        <translation>Diese Datenbank wurde von einer neueren Version von CII Desktop geschrieben. Aktualisieren Sie CII Desktop; die Datenbank wurde nicht verändert.</translation>
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
        <source>A setting was ignored: its value is not one CII Desktop knows, or a folder there is not a full path (such as C:\CII or /home/name/cii). The next source is used (Settings, machine presets, default).</source>
        <translation>Eine Einstellung wurde ignoriert: CII Desktop kennt ihren Wert nicht, oder ein Ordner ist darin nicht mit vollständigem Pfad angegeben (wie C:\CII oder /home/name/cii). Die nächste Quelle wird verwendet (Einstellungen, Voreinstellungen des Arbeitsplatzes, Standardwert).</translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation>Eine Datei konnte nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was created.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein; es wurde nichts erstellt.</translation>
    </message>
    <message>
        <source>Give --case, --document and --out (or --list).</source>
        <translation>Geben Sie --case, --document und --out an (oder --list).</translation>
    </message>
    <message>
        <source>No case with this reference in this data folder.</source>
        <translation>Kein Fall mit dieser Referenz in diesem Datenordner.</translation>
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
        <translation>Nur der Arbeitsplatz der Netzwerkadministration kann dies tun.</translation>
    </message>
    <message>
        <source>This workstation is not in the network's roster.</source>
        <translation>Dieser Arbeitsplatz steht nicht in der Liste der Arbeitsplätze des Netzes.</translation>
    </message>
    <message>
        <source>The administrator workstation cannot revoke itself.</source>
        <translation>Der Arbeitsplatz der Netzwerkadministration kann sich nicht selbst sperren.</translation>
    </message>
    <message>
        <source>Unknown institution or office code.</source>
        <translation>Unbekannter Code der Institution oder des Büros.</translation>
    </message>
    <message>
        <source>An audit file on the shared folder could not be taken over (damaged, forged or out of order); the others were. Tell the data-protection officer.</source>
        <translation>Eine Audit-Datei im gemeinsamen Ordner konnte nicht übernommen werden (beschädigt, gefälscht oder ausserhalb der Reihenfolge); die übrigen wurden übernommen. Informieren Sie die/den Datenschutzberater/in.</translation>
    </message>
    <message>
        <source>Unknown role: see the roles of the permissions table.</source>
        <translation>Unbekannte Rolle: siehe die Rollen der Berechtigungstabelle.</translation>
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
        <translation>Eine Liste der Arbeitsplätze auf dem gemeinsamen Ordner ist nicht von der Netzwerkadministration signiert; sie wurde ignoriert.</translation>
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
        <source>A key file on the shared folder is damaged; it was ignored.</source>
        <translation>Eine Schlüsseldatei im freigegebenen Ordner ist beschädigt; sie wurde ignoriert.</translation>
    </message>
    <message>
        <source>The network's new batch key was not sealed for this workstation: ask the CII bureau to enrol it again.</source>
        <translation>Der neue Stapelschlüssel des Netzes wurde nicht für diesen Arbeitsplatz versiegelt: Bitten Sie das IIZ-Büro, ihn neu aufzunehmen.</translation>
    </message>
    <message>
        <source>The request's signing key is not a valid Ed25519 public key; nothing was changed.</source>
        <translation>Der Signaturschlüssel des Gesuchs ist kein gültiger öffentlicher Ed25519-Schlüssel; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The request's exchange key is not a valid X25519 public key (a request made by an older version?); nothing was changed.</source>
        <translation>Der Austauschschlüssel des Gesuchs ist kein gültiger öffentlicher X25519-Schlüssel (Gesuch einer älteren Version?); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>This workstation is already in the roster; nothing was changed. To give it new keys, use network re-enrol.</source>
        <translation>Dieser Arbeitsplatz steht bereits in der Liste der Arbeitsplätze; nichts wurde geändert. Für neue Schlüssel: network re-enrol.</translation>
    </message>
    <message>
        <source>This workstation was revoked; it can never be enrolled again. Make a new request from a new data folder.</source>
        <translation>Dieser Arbeitsplatz wurde gesperrt; er kann nie wieder aufgenommen werden. Stellen Sie ein neues Gesuch aus einem neuen Datenordner.</translation>
    </message>
    <message>
        <source>Give the end of validity as YYYY-MM-DD.</source>
        <translation>Geben Sie das Ende der Gültigkeit als JJJJ-MM-TT an.</translation>
    </message>
    <message>
        <source>The end of validity is in the past; nothing was changed.</source>
        <translation>Das Ende der Gültigkeit liegt in der Vergangenheit; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The shared folder cannot be reached: the revocation needs it to know the workstation's last valid batch. Nothing was changed; try again when it is reachable.</source>
        <translation>Der gemeinsame Ordner ist nicht erreichbar: Die Sperrung braucht ihn, um das letzte gültige Paket des Arbeitsplatzes zu kennen. Nichts wurde geändert; versuchen Sie es erneut, sobald er erreichbar ist.</translation>
    </message>
    <message>
        <source>This folder is not the network's shared folder (empty, a server folder not connected, or another network's): the revocation needs the network's shared folder to know the workstation's last valid batch. Nothing was changed; check the path or ask IT to connect the server folder, then try again.</source>
        <translation>Dieser Ordner ist nicht der gemeinsame Ordner des Netzwerks (leer, ein nicht verbundener Serverordner oder der Ordner eines anderen Netzwerks): Die Sperrung braucht den gemeinsamen Ordner des Netzwerks, um das letzte gültige Paket des Arbeitsplatzes zu kennen. Nichts wurde geändert; prüfen Sie den Pfad oder lassen Sie den Serverordner von der Informatik verbinden, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>A workstation of the roster has a damaged exchange key, so the new batch key cannot be sealed for it: nothing was changed. Re-enrol that workstation, then revoke again.</source>
        <translation>Ein Arbeitsplatz der Liste hat einen beschädigten Austauschschlüssel: Der neue Stapelschlüssel kann für ihn nicht versiegelt werden, nichts wurde geändert. Nehmen Sie diesen Arbeitsplatz neu auf und sperren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Done on this workstation, but the shared folder could not be written: run the same command again (or sync) to publish it.</source>
        <translation>Auf diesem Arbeitsplatz erledigt, aber der gemeinsame Ordner konnte nicht beschrieben werden: Führen Sie denselben Befehl erneut aus (oder synchronisieren Sie), um es zu veröffentlichen.</translation>
    </message>
    <message>
        <source>A roster file on the shared folder holds another version than its name says (rolled back?); it was ignored and the CII bureau's workstation puts it back at its next sync.</source>
        <translation>Eine Datei der Liste der Arbeitsplätze auf dem gemeinsamen Ordner enthält eine andere Version, als ihr Name sagt (zurückgesetzt?); sie wurde ignoriert, und der Arbeitsplatz des IIZ-Büros stellt sie bei seiner nächsten Synchronisation wieder her.</translation>
    </message>
    <message>
        <source>A roster file on the shared folder differs from the version this workstation holds; it was ignored and the CII bureau's workstation puts it back at its next sync.</source>
        <translation>Eine Datei der Liste der Arbeitsplätze auf dem gemeinsamen Ordner weicht von der Version ab, die dieser Arbeitsplatz hat; sie wurde ignoriert, und der Arbeitsplatz des IIZ-Büros stellt sie bei seiner nächsten Synchronisation wieder her.</translation>
    </message>
    <message>
        <source>A roster version on the shared folder does not follow the one this workstation holds; it was ignored. Contact the CII bureau.</source>
        <translation>Eine Version der Liste der Arbeitsplätze auf dem gemeinsamen Ordner folgt nicht auf die, die dieser Arbeitsplatz hat; sie wurde ignoriert. Wenden Sie sich an das IIZ-Büro.</translation>
    </message>
    <message>
        <source>A roster file on the shared folder was missing or altered; it was put back.</source>
        <translation>Eine Datei der Liste der Arbeitsplätze fehlte auf dem gemeinsamen Ordner oder war verändert; sie wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>A roster file on the shared folder was not signed by this workstation; it was moved aside (renamed .refused-…).</source>
        <translation>Eine Datei der Liste der Arbeitsplätze auf dem gemeinsamen Ordner wurde nicht von diesem Arbeitsplatz signiert; sie wurde beiseitegelegt (umbenannt in .refused-…).</translation>
    </message>
    <message>
        <source>A key file on the shared folder was not signed by this workstation; it was moved aside (renamed .refused-…).</source>
        <translation>Eine Schlüsseldatei auf dem gemeinsamen Ordner wurde nicht von diesem Arbeitsplatz signiert; sie wurde beiseitegelegt (umbenannt in .refused-…).</translation>
    </message>
    <message>
        <source>The data folder cannot be inside the shared folder (nor the shared folder inside the data folder): the database never lives on the share. Choose other folders.</source>
        <translation>Der Datenordner darf nicht im gemeinsamen Ordner liegen (und der gemeinsame Ordner nicht im Datenordner): Die Datenbank liegt nie auf der Ablage. Wählen Sie andere Ordner.</translation>
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
        <source>The folder given is not this network's shared folder (empty, not connected, or another network's): working offline. Check the path or ask IT to connect the server folder.</source>
        <translation>Der angegebene Ordner ist nicht der gemeinsame Ordner dieses Netzes (leer, nicht verbunden oder eines anderen Netzes): Arbeit offline. Prüfen Sie den Pfad oder lassen Sie die Informatik den Serverordner verbinden.</translation>
    </message>
    <message>
        <source>The shared folder can be read but not written: received only, nothing was sent. Your changes are kept; ask IT for write access.</source>
        <translation>Der gemeinsame Ordner ist lesbar, aber nicht beschreibbar: nur empfangen, nichts gesendet. Ihre Änderungen bleiben erhalten; verlangen Sie bei der Informatik Schreibrechte.</translation>
    </message>
    <message>
        <source>This workstation's folder on the shared folder cannot be written: nothing was sent. Your changes are kept; ask IT for write access.</source>
        <translation>Der Ordner dieses Arbeitsplatzes im gemeinsamen Ordner ist nicht beschreibbar: nichts gesendet. Ihre Änderungen bleiben erhalten; verlangen Sie bei der Informatik Schreibrechte.</translation>
    </message>
    <message>
        <source>A workstation's folder or file on the shared folder cannot be read: its changes wait, the others were received. Ask IT to check the access rights.</source>
        <translation>Der Ordner oder eine Datei eines Arbeitsplatzes im gemeinsamen Ordner ist nicht lesbar: seine Änderungen warten, die anderen wurden empfangen. Lassen Sie die Informatik die Zugriffsrechte prüfen.</translation>
    </message>
    <message>
        <source>The shared folder holds the folder of a workstation that is not in the network's roster: it is ignored. The CII bureau can remove it.</source>
        <translation>Der gemeinsame Ordner enthält den Ordner eines Arbeitsplatzes, der nicht in der Liste des Netzes steht: er wird ignoriert. Das IIZ-Büro kann ihn entfernen.</translation>
    </message>
    <message>
        <source>A file on the shared folder was not written by the workstation whose number it bears (planted or damaged): it was refused and skipped. Tell the CII bureau.</source>
        <translation>Eine Datei im gemeinsamen Ordner wurde nicht vom Arbeitsplatz geschrieben, dessen Nummer sie trägt (fremd abgelegt oder beschädigt): sie wurde abgelehnt und übersprungen. Informieren Sie das IIZ-Büro.</translation>
    </message>
    <message>
        <source>A file this workstation did not write took its next number on the shared folder: the number was skipped and your changes were sent under the next one. Tell the CII bureau.</source>
        <translation>Eine Datei, die dieser Arbeitsplatz nicht geschrieben hat, belegte seine nächste Nummer im gemeinsamen Ordner: die Nummer wurde übersprungen, Ihre Änderungen unter der nächsten gesendet. Informieren Sie das IIZ-Büro.</translation>
    </message>
    <message>
        <source>A sync of this data folder is already running: nothing was done. Try again in a moment.</source>
        <translation>Eine Synchronisation dieses Datenordners läuft bereits: nichts wurde getan. Versuchen Sie es gleich nochmals.</translation>
    </message>
    <message>
        <source>Restored from a backup: your own batches published after the backup were taken back from the shared folder (their number in brackets); nothing was lost and your new changes follow them.</source>
        <translation>Aus einer Sicherung wiederhergestellt: Ihre eigenen Pakete, die nach der Sicherung veröffentlicht wurden, wurden aus dem gemeinsamen Ordner zurückgeholt (ihre Anzahl in Klammern); nichts ging verloren, und Ihre neuen Änderungen folgen darauf.</translation>
    </message>
    <message>
        <source>Restored from a backup: some of your own batches on the shared folder were made after colleagues' batches not received yet; they are taken back once those arrive. Your new changes are kept here until then.</source>
        <translation>Aus einer Sicherung wiederhergestellt: Einige Ihrer eigenen Pakete im gemeinsamen Ordner entstanden nach Paketen von Kolleginnen und Kollegen, die noch nicht eingetroffen sind; sie werden zurückgeholt, sobald diese ankommen. Bis dahin bleiben Ihre neuen Änderungen auf diesem Arbeitsplatz.</translation>
    </message>
    <message>
        <source>Restored from a backup: colleagues have applied your own batches up to the number in brackets, but some of them are no longer readable on the shared folder (deleted or damaged), and their workstations do not say which batch they hold last (an older version of the app). Nothing is sent meanwhile, so that nothing is refused; your changes are kept here and go out by themselves once those colleagues have synchronised with the current version. If this lasts, contact the CII bureau.</source>
        <translation>Aus einer Sicherung wiederhergestellt: Kolleginnen und Kollegen haben Ihre eigenen Pakete bis zur Nummer in Klammern übernommen, aber einige davon sind im gemeinsamen Ordner nicht mehr lesbar (gelöscht oder beschädigt), und ihre Arbeitsplätze geben nicht an, welches Paket sie zuletzt haben (ältere Version der Anwendung). Bis dahin wird nichts gesendet, damit nichts abgelehnt wird; Ihre Änderungen bleiben hier gespeichert und gehen von selbst hinaus, sobald diese Kolleginnen und Kollegen mit der aktuellen Version synchronisiert haben. Wenn das andauert, wenden Sie sich an das IIZ-Büro.</translation>
    </message>
    <message>
        <source>Restored from a backup: colleagues had applied your own batches up to the number in brackets, which are no longer readable on the shared folder. This workstation goes on after them and your new changes reach everyone. What those batches carried (changes made here between the backup and their loss) is on your colleagues' workstations but not on this one: check with a colleague the cases you changed in that time and enter again here what is missing.</source>
        <translation>Aus einer Sicherung wiederhergestellt: Kolleginnen und Kollegen hatten Ihre eigenen Pakete bis zur Nummer in Klammern übernommen, die im gemeinsamen Ordner nicht mehr lesbar sind. Dieser Arbeitsplatz macht danach weiter, und Ihre neuen Änderungen erreichen alle. Was diese Pakete enthielten (die hier zwischen der Sicherung und ihrem Verlust gemachten Änderungen), ist auf den Arbeitsplätzen Ihrer Kolleginnen und Kollegen, aber nicht auf diesem: Prüfen Sie mit einer Kollegin oder einem Kollegen die Fälle, die Sie in dieser Zeit geändert haben, und erfassen Sie hier erneut, was fehlt.</translation>
    </message>
    <message>
        <source>Changes of a workstation wait for one of its batches that is missing or damaged on the shared folder; that workstation sends it again at its next sync. If this lasts, check that it still syncs.</source>
        <translation>Änderungen eines Arbeitsplatzes warten auf eines seiner Pakete, das im gemeinsamen Ordner fehlt oder beschädigt ist; dieser Arbeitsplatz sendet es bei seiner nächsten Synchronisation erneut. Dauert dies an, prüfen Sie, ob er noch synchronisiert.</translation>
    </message>
    <message>
        <source>A workstation's clock is off: its changes were applied, its time was not adopted. Ask for its clock to be set.</source>
        <translation>Die Uhr eines Arbeitsplatzes geht falsch: seine Änderungen wurden übernommen, seine Zeit nicht. Lassen Sie seine Uhr stellen.</translation>
    </message>
    <message>
        <source>A revoked workstation is still publishing: its new batches are refused. Tell the CII bureau.</source>
        <translation>Ein widerrufener Arbeitsplatz veröffentlicht weiterhin: seine neuen Pakete werden abgelehnt. Informieren Sie das IIZ-Büro.</translation>
    </message>
    <message>
        <source>Batch file far larger than any batch the app writes: refused without being read.</source>
        <translation>Paketdatei viel grösser als jedes Paket, das die Anwendung schreibt: ungelesen abgelehnt.</translation>
    </message>
    <message>
        <source>A workstation of the network uses a newer version of CII Desktop: its batches wait here until you update CII Desktop.</source>
        <translation>Ein Arbeitsplatz des Netzes verwendet eine neuere Version von CII Desktop: seine Pakete warten hier, bis Sie CII Desktop aktualisieren.</translation>
    </message>
    <message>
        <source>A rating is outside the grid's scale or names an unknown domain.</source>
        <translation>Eine Einschätzung liegt ausserhalb der Skala des Rasters oder nennt einen unbekannten Bereich.</translation>
    </message>
    <message>
        <source>Give a reason when choosing another level than the one the grid proposes.</source>
        <translation>Geben Sie eine Begründung an, wenn Sie eine andere Stufe als die vorgeschlagene wählen.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Dieses Datum liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>Tick at least one institution that may exchange information.</source>
        <translation>Kreuzen Sie mindestens eine Institution an, die Informationen austauschen darf.</translation>
    </message>
    <message>
        <source>The end of validity is before the date of the procuration.</source>
        <translation>Das Ende der Gültigkeit liegt vor dem Datum der Vollmacht.</translation>
    </message>
    <message>
        <source>This consent was already revoked.</source>
        <translation>Diese Einwilligung wurde bereits widerrufen.</translation>
    </message>
    <message>
        <source>Only a situation the grid rates CII complexe is announced to the Bureau (CII100.1); give the reason to announce it anyway.</source>
        <translation>Nur eine Situation, die das Raster als IIZ komplex einstuft, wird dem IIZ-Büro gemeldet (CII100.1); geben Sie die Begründung an, um sie trotzdem zu melden.</translation>
    </message>
    <message>
        <source>This target public's row of the directive does not go in that direction (rows 10 and 11: no announcement to the ORP).</source>
        <translation>Die Zeile der Richtlinie für diese Zielgruppe geht nicht in diese Richtung (Zeilen 10 und 11: keine Meldung an das RAV).</translation>
    </message>
    <message>
        <source>A transition is voluntary unless the person already receives social assistance: record the person's procuration (or the legal basis) first.</source>
        <translation>Ein Übergang ist freiwillig, ausser die Person bezieht bereits Sozialhilfe: Erfassen Sie zuerst ihre Vollmacht (oder die gesetzliche Grundlage).</translation>
    </message>
    <message>
        <source>An evaluation grid is needed before announcing the situation.</source>
        <translation>Vor der Meldung der Situation ist ein Beurteilungsraster nötig.</translation>
    </message>
    <message>
        <source>A signed procuration CII or a recorded legal basis is needed before announcing: nothing was sent.</source>
        <translation>Vor der Meldung ist eine unterschriebene IIZ-Vollmacht oder eine erfasste gesetzliche Grundlage nötig: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The person refused: the situation cannot be announced.</source>
        <translation>Die Person hat abgelehnt: Die Situation kann nicht gemeldet werden.</translation>
    </message>
    <message>
        <source>This announcement was already decided.</source>
        <translation>Über diese Meldung wurde bereits entschieden.</translation>
    </message>
    <message>
        <source>The person does not meet the tandem's conditions: give the reason to open it all the same.</source>
        <translation>Die Person erfüllt die Bedingungen des Tandems nicht: Geben Sie die Begründung an, um es trotzdem zu eröffnen.</translation>
    </message>
    <message>
        <source>Choose the handling (assessment, table ronde or tandem).</source>
        <translation>Wählen Sie die Begleitung (Assessment, Runder Tisch oder Tandem).</translation>
    </message>
    <message>
        <source>Give the reason and the suggestions for the announcing professional.</source>
        <translation>Geben Sie die Begründung und die Vorschläge für die meldende Fachperson an.</translation>
    </message>
    <message>
        <source>A written warning is only for job seekers without rights (LSE).</source>
        <translation>Die schriftliche Verwarnung gilt nur für Stellensuchende ohne Anspruch (AVG).</translation>
    </message>
    <message>
        <source>Choose the outcome of the closure.</source>
        <translation>Wählen Sie den Abschlussgrund.</translation>
    </message>
    <message>
        <source>Unknown kind of document.</source>
        <translation>Unbekannte Dokumentart.</translation>
    </message>
    <message>
        <source>This case has no record of that kind to print yet.</source>
        <translation>Dieser Fall hat noch keinen Eintrag dieser Art zum Drucken.</translation>
    </message>
    <message>
        <source>This document is signed: it cannot be changed. Print a new version instead.</source>
        <translation>Dieses Dokument ist unterschrieben und kann nicht geändert werden. Drucken Sie stattdessen eine neue Version.</translation>
    </message>
    <message>
        <source>The scanned copy must be a PDF or an image (PNG, JPEG).</source>
        <translation>Die gescannte Kopie muss ein PDF oder ein Bild (PNG, JPEG) sein.</translation>
    </message>
    <message>
        <source>The printer could not be used; nothing was printed.</source>
        <translation>Der Drucker konnte nicht verwendet werden; es wurde nichts gedruckt.</translation>
    </message>
    <message>
        <source>This version is signed: it prints in the language it was signed in, not the one asked.</source>
        <translation>Diese Version ist unterschrieben: Sie wird in der Sprache gedruckt, in der sie unterschrieben wurde, nicht in der gewünschten.</translation>
    </message>
    <message>
        <source>This document's stored content is damaged and cannot be printed; its other versions and the records are unaffected.</source>
        <translation>Der gespeicherte Inhalt dieses Dokuments ist beschädigt und kann nicht gedruckt werden; seine anderen Versionen und die Daten des Falls sind nicht betroffen.</translation>
    </message>
    <message>
        <source>The interview is before the start of the tandem (or the tandem has not started).</source>
        <translation>Das Gespräch liegt vor dem Beginn des Tandems (oder das Tandem hat noch nicht begonnen).</translation>
    </message>
    <message>
        <source>A network meeting needs the person's agreement: record the procuration CII first.</source>
        <translation>Ein Netzwerkgespräch braucht das Einverständnis der Person: Erfassen Sie zuerst die IIZ-Vollmacht.</translation>
    </message>
    <message>
        <source>Mark at least one participant as present.</source>
        <translation>Markieren Sie mindestens eine teilnehmende Person als anwesend.</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (xlsx) or is damaged. Nothing was imported.</source>
        <translation>Die Datei ist keine Excel-Arbeitsmappe (xlsx) oder sie ist beschädigt. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>No header row of the register was found (Nom / Name, Prénom / Vorname, …).</source>
        <translation>Keine Kopfzeile des Registers gefunden (Name / Nom, Vorname / Prénom, …).</translation>
    </message>
    <message>
        <source>A required column is missing.</source>
        <translation>Eine Pflichtspalte fehlt.</translation>
    </message>
    <message>
        <source>The register has too many rows (100,000 at most).</source>
        <translation>Das Register hat zu viele Zeilen (höchstens 100 000).</translation>
    </message>
    <message>
        <source>The same situation (person, announcement date and institution) is already on an earlier row.</source>
        <translation>Dieselbe Situation (Person, Meldedatum und Institution) steht bereits auf einer früheren Zeile.</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>Der Text ist zu lang.</translation>
    </message>
    <message>
        <source>This date is before the announcement date.</source>
        <translation>Dieses Datum liegt vor dem Meldedatum.</translation>
    </message>
    <message>
        <source>A state or an outcome needs the Bureau's decision to be an assessment, a TRO or a tandem.</source>
        <translation>Ein Stand oder ein Ergebnis setzt einen Entscheid des Büros für Assessment, Runden Tisch oder Tandem voraus.</translation>
    </message>
    <message>
        <source>This outcome does not apply to this handling.</source>
        <translation>Dieses Ergebnis gilt nicht für diese Begleitung.</translation>
    </message>
    <message>
        <source>An outcome needs the handling to have been held (state in progress or closed).</source>
        <translation>Ein Ergebnis setzt voraus, dass die Begleitung stattgefunden hat (Stand laufend oder abgeschlossen).</translation>
    </message>
    <message>
        <source>An outcome of an assessment or a tandem needs the state closed.</source>
        <translation>Das Ergebnis eines Assessments oder Tandems setzt den Stand abgeschlossen voraus.</translation>
    </message>
    <message>
        <source>Possible duplicate: a person with this name and birth date is already recorded with another AVS number; a separate person was created.</source>
        <translation>Mögliches Duplikat: Eine Person mit gleichem Namen und Geburtsdatum ist bereits mit einer anderen AHV-Nummer erfasst; eine eigene Person wurde angelegt.</translation>
    </message>
    <message>
        <source>Possible duplicate: a person with this name and birth date is already recorded without an AVS number; a separate person was created.</source>
        <translation>Mögliches Duplikat: Eine Person mit gleichem Namen und Geburtsdatum ist bereits ohne AHV-Nummer erfasst; eine eigene Person wurde angelegt.</translation>
    </message>
    <message>
        <source>Several persons with this name and birth date are recorded and the row has no AVS number to tell which one: this row was not imported (add the AVS number to the row, or record the situation from the person's record).</source>
        <translation>Mehrere Personen mit gleichem Namen und Geburtsdatum sind erfasst, und die Zeile hat keine AHV-Nummer, die sie unterscheidet: Diese Zeile wurde nicht importiert (AHV-Nummer in der Zeile ergänzen oder die Situation bei der Person erfassen).</translation>
    </message>
    <message>
        <source>Row {row}</source>
        <translation>Zeile {row}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>{rows}: {valid}, {invalid}; {new}, {matched}; {already}.</source>
        <translation>{rows}: {valid}, {invalid}; {new}, {matched}; {already}.</translation>
    </message>
    <message>
        <source>Situations imported before: {updated}, {unchanged}, {refused} (reasons above).</source>
        <translation>Bereits importierte Situationen: {updated}, {unchanged}, {refused} (Gründe oben).</translation>
    </message>
    <message>
        <source>{count}.</source>
        <translation>{count}.</translation>
    </message>
    <message>
        <source>Demo data folder {folder}: {persons}, {cases} (key: {key}).</source>
        <translation>Demo-Datenordner {folder}: {persons}, {cases} (Schlüssel: {key}).</translation>
    </message>
    <message>
        <source>{file}: {size}</source>
        <translation>{file}: {size}</translation>
    </message>
    <message>
        <source>Joined network {network} ({count}).</source>
        <translation>Netzwerk {network} beigetreten ({count}).</translation>
    </message>
    <message>
        <source>The Bureau's decision differs from the one recorded for this situation: correct it in the situation itself. This row was not applied.</source>
        <translation>Der Entscheid des IIZ-Büros weicht vom erfassten Entscheid dieser Situation ab: Korrigieren Sie ihn in der Situation selbst. Diese Zeile wurde nicht übernommen.</translation>
    </message>
    <message>
        <source>Situations imported before: {updated}, {unchanged}, {refused}.</source>
        <translation>Bereits importierte Situationen: {updated}, {unchanged}, {refused}.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the rows listed, or choose to skip them.</source>
        <translation>Es wurde nichts importiert: Korrigieren Sie die aufgeführten Zeilen oder lassen Sie sie überspringen.</translation>
    </message>
    <message>
        <source>Possible duplicate: a person with this name and birth date is already recorded with another AVS number; a separate person would be created.</source>
        <translation>Mögliches Duplikat: Eine Person mit gleichem Namen und Geburtsdatum ist bereits mit einer anderen AHV-Nummer erfasst; eine eigene Person würde angelegt.</translation>
    </message>
    <message>
        <source>Possible duplicate: a person with this name and birth date is already recorded without an AVS number; a separate person would be created.</source>
        <translation>Mögliches Duplikat: Eine Person mit gleichem Namen und Geburtsdatum ist bereits ohne AHV-Nummer erfasst; eine eigene Person würde angelegt.</translation>
    </message>
    <message>
        <source>A stop was asked for after the import was saved: the import is complete (report above).</source>
        <translation>Ein Abbruch wurde nach dem Speichern verlangt: Der Import ist abgeschlossen (Bericht oben).</translation>
    </message>
    <message>
        <source>Several sheets have a register header ({sheets}): only the first one, “{sheet}”, was read.</source>
        <translation>Mehrere Blätter haben eine Registerkopfzeile ({sheets}): Nur das erste, «{sheet}», wurde gelesen.</translation>
    </message>
    <message>
        <source>No header row of the register was found (Nom / Name, Prénom / Vorname, …) in the sheets: {sheets}.</source>
        <translation>Keine Kopfzeile des Registers gefunden (Nom / Name, Prénom / Vorname, …) in den Blättern: {sheets}.</translation>
    </message>
    <message>
        <source>Unknown value “{value}”; accepted: {accepted}.</source>
        <translation>Unbekannter Wert «{value}»; zulässig: {accepted}.</translation>
    </message>
    <message>
        <source>File not found: {file}</source>
        <translation>Datei nicht gefunden: {file}</translation>
    </message>
    <message>
        <source>The report file must end in .pdf or .xlsx.</source>
        <translation>Die Berichtsdatei muss auf .pdf oder .xlsx enden.</translation>
    </message>
    <message>
        <source>Give the year (--year YYYY) or the period (--from DD.MM.YYYY --to DD.MM.YYYY).</source>
        <translation>Geben Sie das Jahr (--year JJJJ) oder den Zeitraum an (--from TT.MM.JJJJ --to TT.MM.JJJJ).</translation>
    </message>
    <message>
        <source>Give the register file (FILE.xlsx) or --template FILE.xlsx.</source>
        <translation>Geben Sie die Registerdatei (DATEI.xlsx) oder --template DATEI.xlsx an.</translation>
    </message>
    <message>
        <source>Record the minutes first: an outcome is given once the meeting was held.</source>
        <translation>Erfassen Sie zuerst das Protokoll: Das Ergebnis wird angegeben, sobald die Sitzung stattgefunden hat.</translation>
    </message>
    <message>
        <source>The signature is empty: sign in the box first.</source>
        <translation>Die Unterschrift ist leer: Unterschreiben Sie zuerst im Feld.</translation>
    </message>
    <message>
        <source>Give at least one objective, each with its text.</source>
        <translation>Geben Sie mindestens ein Ziel an, jedes mit seinem Text.</translation>
    </message>
    <message>
        <source>Each measure needs its kind, its legal frame and the responsible institution.</source>
        <translation>Jede Massnahme braucht ihre Art, ihren gesetzlichen Rahmen und die verantwortliche Institution.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Das Enddatum liegt vor dem Beginn.</translation>
    </message>
    <message>
        <source>This contract is signed: it cannot be edited. Make an amendment instead.</source>
        <translation>Diese Vereinbarung ist unterschrieben: sie kann nicht mehr geändert werden. Erstellen Sie einen Nachtrag.</translation>
    </message>
    <message>
        <source>Reviews are recorded on a signed contract.</source>
        <translation>Überprüfungen werden zu einer unterschriebenen Vereinbarung erfasst.</translation>
    </message>
    <message>
        <source>The contract can be signed only once the assessment has been held.</source>
        <translation>Die Vereinbarung kann erst nach dem durchgeführten Assessment unterschrieben werden.</translation>
    </message>
    <message>
        <source>This step is not possible from the assessment's current state.</source>
        <translation>Dieser Schritt ist im aktuellen Stand des Assessments nicht möglich.</translation>
    </message>
    <message>
        <source>The regional team needs the person and at least one other party before the contract is printed for signature.</source>
        <translation>Das regionale Team muss die Person und mindestens eine weitere Partei umfassen, bevor die Vereinbarung zur Unterschrift gedruckt wird.</translation>
    </message>
    <message>
        <source>Give the progress of every objective.</source>
        <translation>Geben Sie den Fortschritt jedes Ziels an.</translation>
    </message>
    <message>
        <source>End of rights reached or within three months.</source>
        <translation>Aussteuerung erreicht oder innert drei Monaten.</translation>
    </message>
    <message>
        <source>Social-assistance recipient with proven employability and no health problem.</source>
        <translation>Sozialhilfebeziehende Person mit nachgewiesener Arbeitsmarktfähigkeit, ohne gesundheitliche Probleme.</translation>
    </message>
    <message>
        <source>Neither at the end of rights (or within three months) nor receiving social assistance.</source>
        <translation>Weder ausgesteuert (oder innert drei Monaten) noch in der Sozialhilfe.</translation>
    </message>
    <message>
        <source>Employability not verified in the last six months.</source>
        <translation>Arbeitsmarktfähigkeit in den letzten sechs Monaten nicht überprüft.</translation>
    </message>
    <message>
        <source>No evaluation grid yet to rule out a health problem.</source>
        <translation>Noch kein Beurteilungsraster, um ein gesundheitliches Problem auszuschliessen.</translation>
    </message>
    <message>
        <source>The latest grid shows a health problem.</source>
        <translation>Das letzte Raster zeigt ein gesundheitliches Problem.</translation>
    </message>
    <message>
        <source>The database file cii.db is empty (0 bytes): a failed copy, a full disk or a sync tool emptied it. Nothing was created over it. Restore it from a backup (cii-desktop restore).</source>
        <translation>Die Datenbankdatei cii.db ist leer (0 Byte): eine fehlgeschlagene Kopie, eine volle Festplatte oder ein Synchronisationswerkzeug hat sie geleert. Es wurde nichts an ihrer Stelle erstellt. Stellen Sie sie aus einer Sicherung wieder her (cii-desktop restore).</translation>
    </message>
    <message>
        <source>The database file cii.db is incomplete (cut off). Nothing was changed. Restore it from a backup (cii-desktop restore).</source>
        <translation>Die Datenbankdatei cii.db ist unvollständig (abgeschnitten). Es wurde nichts verändert. Stellen Sie sie aus einer Sicherung wieder her (cii-desktop restore).</translation>
    </message>
    <message>
        <source>The file cii.db is not the database described by cii.keyinfo.json (another file is in its place). Nothing was changed. Put the right file back or restore a backup (cii-desktop restore).</source>
        <translation>Die Datei cii.db ist nicht die in cii.keyinfo.json beschriebene Datenbank (eine andere Datei steht an ihrer Stelle). Es wurde nichts verändert. Legen Sie die richtige Datei zurück oder stellen Sie eine Sicherung wieder her (cii-desktop restore).</translation>
    </message>
    <message>
        <source>The key is right but the beginning of cii.db is damaged: the database cannot be read. Nothing was changed. Restore it from a backup (cii-desktop restore).</source>
        <translation>Der Schlüssel ist richtig, aber der Anfang von cii.db ist beschädigt: die Datenbank kann nicht gelesen werden. Es wurde nichts verändert. Stellen Sie sie aus einer Sicherung wieder her (cii-desktop restore).</translation>
    </message>
    <message>
        <source>The data folder or the database file is read-only: CII Desktop must be able to write there. Check the folder's permissions.</source>
        <translation>Der Datenordner oder die Datenbankdatei ist schreibgeschützt: CII Desktop muss dort schreiben können. Prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <source>The keystore of this session is locked. Unlock it and retry, or open with the recovery key.</source>
        <translation>Der Schlüsselbund dieser Sitzung ist gesperrt. Entsperren Sie ihn und versuchen Sie es erneut, oder öffnen Sie mit dem Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>The key information file cii.keyinfo.json is damaged, and so is its copy. Copy cii.keyinfo.json from a backup folder; the database was left untouched.</source>
        <translation>Die Schlüsselinformationsdatei cii.keyinfo.json ist beschädigt, ihre Kopie ebenfalls. Kopieren Sie cii.keyinfo.json aus einem Sicherungsordner; die Datenbank blieb unverändert.</translation>
    </message>
    <message>
        <source>This file already exists; it was not overwritten (use --force to replace it).</source>
        <translation>Diese Datei existiert bereits; sie wurde nicht überschrieben (mit --force ersetzen).</translation>
    </message>
    <message>
        <source>This is a folder, not a file name: nothing was written:</source>
        <translation>Dies ist ein Ordner, kein Dateiname: Es wurde nichts geschrieben:</translation>
    </message>
    <message>
        <source>The folder of this file does not exist: nothing was written:</source>
        <translation>Der Ordner dieser Datei existiert nicht: Es wurde nichts geschrieben:</translation>
    </message>
    <message>
        <source>Cannot write here (read-only or no permission): nothing was written:</source>
        <translation>Hier kann nicht geschrieben werden (schreibgeschützt oder keine Berechtigung): Es wurde nichts geschrieben:</translation>
    </message>
    <message>
        <source>The disk is full: nothing was written:</source>
        <translation>Der Datenträger ist voll: Es wurde nichts geschrieben:</translation>
    </message>
    <message>
        <source>The target folder is not empty: a restore goes only into an empty folder. Nothing was changed.</source>
        <translation>Der Zielordner ist nicht leer: eine Wiederherstellung erfolgt nur in einen leeren Ordner. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>This folder is not a CII Desktop backup (cii.db with its cii.keyinfo.json).</source>
        <translation>Dieser Ordner ist keine CII-Desktop-Sicherung (cii.db mit ihrer cii.keyinfo.json).</translation>
    </message>
    <message>
        <source>The restored copy did not pass the check; it was removed and nothing else was changed.</source>
        <translation>Die wiederhergestellte Kopie hat die Prüfung nicht bestanden; sie wurde entfernt und sonst wurde nichts verändert.</translation>
    </message>
    <message>
        <source>A key change was interrupted; it was completed or undone. Retry the command.</source>
        <translation>Ein Schlüsselwechsel wurde unterbrochen; er wurde abgeschlossen oder rückgängig gemacht. Führen Sie den Befehl erneut aus.</translation>
    </message>
    <message>
        <source>The database is already protected this way; nothing was changed.</source>
        <translation>Die Datenbank ist bereits so geschützt; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Die beiden Passphrasen sind verschieden; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The key change was cancelled: the database keeps its key, passphrase and recovery key.</source>
        <translation>Der Schlüsselwechsel wurde abgebrochen: Die Datenbank behält ihren Schlüssel, ihre Passphrase und ihren Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>No person with this identifier in this data folder.</source>
        <translation>Keine Person mit dieser Kennung in diesem Datenordner.</translation>
    </message>
    <message>
        <source>The erasure was not confirmed; nothing was erased.</source>
        <translation>Die Löschung wurde nicht bestätigt; es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>The database is open in another program (the window, a scheduled sync): close it and retry. Nothing was changed.</source>
        <translation>Die Datenbank ist in einem anderen Programm geöffnet (das Fenster, eine geplante Synchronisation): schliessen Sie es und versuchen Sie es erneut. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Your role in the network does not allow this action; nothing was done.</source>
        <translation>Ihre Rolle im Netzwerk erlaubt diese Aktion nicht; es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>Your name is not known on this workstation: enter it in Settings (a network workstation takes it from the roster). Nothing was saved.</source>
        <translation>Ihr Name ist auf diesem Arbeitsplatz nicht bekannt: Geben Sie ihn in den Einstellungen ein (ein Arbeitsplatz im Netzwerk erhält ihn aus der Netzwerkliste). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The network's roster states this (its administrator changes it); it cannot be changed on this workstation.</source>
        <translation>Die Netzwerkliste legt diese Angabe fest (die Netzwerkadministration ändert sie); sie kann auf diesem Arbeitsplatz nicht geändert werden.</translation>
    </message>
    <message>
        <source>A key change was completed when this database was opened after an interruption: its new recovery key was never shown. Run 'cii-desktop key new-recovery-key' now and write the new key down.</source>
        <translation>Ein Schlüsselwechsel wurde nach einem Abbruch beim Öffnen dieser Datenbank abgeschlossen: Sein neuer Wiederherstellungsschlüssel wurde nie angezeigt. Führen Sie jetzt «cii-desktop key new-recovery-key» aus und notieren Sie den neuen Schlüssel.</translation>
    </message>
    <message>
        <source>A new passphrase is needed: --new-passphrase-file or CII_DESKTOP_NEW_PASSPHRASE. Nothing was changed.</source>
        <translation>Eine neue Passphrase ist nötig: --new-passphrase-file oder CII_DESKTOP_NEW_PASSPHRASE. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>This key action keeps the current passphrase: --new-passphrase-file is refused (use 'key change-passphrase'). Nothing was changed.</source>
        <translation>Diese Aktion behält die aktuelle Passphrase: --new-passphrase-file wird abgelehnt (verwenden Sie «key change-passphrase»). Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Key changed in {folder} (protection: {protection}).</source>
        <translation>Schlüssel gewechselt in {folder} (Schutz: {protection}).</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>this computer's keystore</source>
        <translation>Schlüsselbund dieses Computers</translation>
    </message>
    <message>
        <source>New recovery key - write it down or print it, it is shown only once; the old one no longer opens this database (older backups keep their own):</source>
        <translation>Neuer Wiederherstellungsschlüssel – notieren oder drucken Sie ihn, er wird nur einmal angezeigt; der alte öffnet diese Datenbank nicht mehr (ältere Sicherungen behalten ihren eigenen):</translation>
    </message>
    <message>
        <source>No backup due.</source>
        <translation>Keine Sicherung fällig.</translation>
    </message>
    <message>
        <source>A backup of this data folder is already running; wait for it to end. Nothing was done.</source>
        <translation>Eine Sicherung dieses Datenordners läuft bereits; warten Sie, bis sie endet. Nichts wurde getan.</translation>
    </message>
    <message>
        <source>Restored into {folder}; check OK: {counts}</source>
        <translation>Wiederhergestellt in {folder}; Prüfung OK: {counts}</translation>
    </message>
    <message>
        <source>Preview only: add --confirm to erase (Bureau role).</source>
        <translation>Nur Vorschau: --confirm hinzufügen, um zu löschen (Rolle Büro).</translation>
    </message>
    <message>
        <source>No usable keystore on this computer: the database will be protected by a passphrase.</source>
        <translation>Kein nutzbarer Schlüsselbund auf diesem Computer: Die Datenbank wird mit einer Passphrase geschützt.</translation>
    </message>
    <message>
        <source>Database created in {folder} (protection: {protection}).</source>
        <translation>Datenbank in {folder} erstellt (Schutz: {protection}).</translation>
    </message>
    <message>
        <source>keystore</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Recovery key - write it down or print it, it is shown only once:</source>
        <translation>Wiederherstellungsschlüssel – notieren oder drucken Sie ihn, er wird nur einmal angezeigt:</translation>
    </message>
    <message>
        <source>OK: key valid; {counts}</source>
        <translation>OK: Schlüssel gültig; {counts}</translation>
    </message>
    <message>
        <source>DAMAGED: key valid; {counts}</source>
        <translation>BESCHÄDIGT: Schlüssel gültig; {counts}</translation>
    </message>
    <message>
        <source>problem: {problem}</source>
        <translation>Problem: {problem}</translation>
    </message>
    <message>
        <source>demo passphrase '{passphrase}'</source>
        <translation>Demo-Passphrase '{passphrase}'</translation>
    </message>
    <message>
        <source>folder: {folder}, from {source}</source>
        <translation>Ordner: {folder}, gemäss {source}</translation>
    </message>
    <message>
        <source>the Settings</source>
        <translation>den Einstellungen</translation>
    </message>
    <message>
        <source>the machine presets</source>
        <translation>den Voreinstellungen des Computers</translation>
    </message>
    <message>
        <source>the default user data folder</source>
        <translation>dem Standard-Datenordner</translation>
    </message>
    <message>
        <source>The machine presets file could not be read (damaged, not a text file, too large or not allowed); it was ignored.</source>
        <translation>Die Voreinstellungsdatei des Computers konnte nicht gelesen werden (beschädigt, keine Textdatei, zu gross oder kein Zugriff); sie wurde ignoriert.</translation>
    </message>
    <message>
        <source>share unreachable: working offline; nothing was exchanged</source>
        <translation>freigegebener Ordner nicht erreichbar: Offline-Betrieb; nichts wurde ausgetauscht</translation>
    </message>
    <message>
        <source>not this network's shared folder (empty, unmounted or another network's): working offline; nothing was exchanged</source>
        <translation>nicht der freigegebene Ordner dieses Netzwerks (leer, nicht verbunden oder eines anderen Netzwerks): Offline-Betrieb; nichts wurde ausgetauscht</translation>
    </message>
    <message>
        <source>A line of the machine presets file could not be read (neither UTF-8 nor Windows-1252); it was ignored, the rest of the file is used.</source>
        <translation>Eine Zeile der Voreinstellungsdatei des Computers konnte nicht gelesen werden (weder UTF-8 noch Windows-1252); sie wurde ignoriert, der Rest der Datei wird verwendet.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <source>New passphrase (12 characters or more): </source>
        <translation>Neue Passphrase (12 Zeichen oder mehr): </translation>
    </message>
    <message>
        <source>Type the passphrase again: </source>
        <translation>Passphrase erneut eingeben: </translation>
    </message>
    <message>
        <source>One-time passphrase of the enrolment file: </source>
        <translation>Einmal-Passphrase der Aufnahmedatei: </translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>No user on this workstation yet: --name, --role, --institution, --office.</source>
        <translation>Auf diesem Arbeitsplatz ist noch niemand erfasst: --name, --role, --institution, --office.</translation>
    </message>
    <message>
        <source>{name} | {institution} | {office} | roles: {roles} | ({source})</source>
        <translation>{name} | {institution} | {office} | Rollen: {roles} | ({source})</translation>
    </message>
    <message>
        <source>sent {sent} in {sent_batches}, received {received} in {received_batches}, conflicts {conflicts}, quarantined {quarantined}</source>
        <translation>{sent} in {sent_batches} gesendet, {received} in {received_batches} empfangen, Konflikte {conflicts}, in Quarantäne {quarantined}</translation>
    </message>
    <message>
        <source>Backup {name} made ({removed} by the retention).</source>
        <translation>Sicherung {name} erstellt (gemäss Aufbewahrung: {removed}).</translation>
    </message>
    <message>
        <source>Person {name}: {counts}; {journal} in the change history.</source>
        <translation>Person {name}: {counts}; {journal} im Änderungsverlauf.</translation>
    </message>
    <message>
        <source>Right of access: {records}, {history} of history.</source>
        <translation>Auskunftsrecht: {records}, {history} im Verlauf.</translation>
    </message>
    <message>
        <source>; {count}, sent at the next sync</source>
        <translation>; {count}, bei der nächsten Synchronisation gesendet</translation>
    </message>
    <message>
        <source>, {count} published again</source>
        <translation>, {count} erneut veröffentlicht</translation>
    </message>
    <message>
        <source>, {count} (no consent yet)</source>
        <translation>, {count} (noch keine Einwilligung)</translation>
    </message>
    <message>
        <source>, {count}: this workstation is outside the consent's scope</source>
        <translation>, {count}: dieser Arbeitsplatz liegt ausserhalb des Bereichs der Einwilligung</translation>
    </message>
    <message>
        <source>, waiting for {count}</source>
        <translation>, wartet auf {count}</translation>
    </message>
    <message>
        <source>, clock off on {count}</source>
        <translation>, Uhr falsch auf {count}</translation>
    </message>
    <message>
        <source>; {count}</source>
        <translation>; {count}</translation>
    </message>
    <message>
        <source>Network {network} created; this workstation is its administrator.</source>
        <translation>Netzwerk {network} erstellt; dieser Arbeitsplatz ist seine Administration.</translation>
    </message>
    <message>
        <source>Request written to {file}: hand it to the network's administrator.</source>
        <translation>Anfrage in {file} geschrieben: Übergeben Sie sie der Netzwerkadministration.</translation>
    </message>
    <message>
        <source>Workstation {name} ({id}) enrolled; enrolment file {file}.</source>
        <translation>Arbeitsplatz {name} ({id}) aufgenommen; Aufnahmedatei {file}.</translation>
    </message>
    <message>
        <source>One-time passphrase - give it to the new workstation by another way than the file:</source>
        <translation>Einmal-Passphrase – geben Sie sie dem neuen Arbeitsplatz auf anderem Weg als die Datei:</translation>
    </message>
    <message>
        <source>Network {network}, roster version {version}</source>
        <translation>Netzwerk {network}, Liste der Arbeitsplätze Version {version}</translation>
    </message>
    <message>
        <source>revoked (batches up to {number} valid)</source>
        <translation>widerrufen (Pakete bis Nr. {number} gültig)</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>bis {date}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>Workstation {id} revoked (roster version {version}); its batches up to number {number} stay valid, later ones are refused, and batches are now sealed with a new key (epoch {epoch}) that it does not have.</source>
        <translation>Arbeitsplatz {id} widerrufen (Liste der Arbeitsplätze Version {version}); seine Pakete bis Nr. {number} bleiben gültig, spätere werden abgelehnt, und Pakete werden nun mit einem neuen Schlüssel (Epoche {epoch}) versiegelt, den er nicht hat.</translation>
    </message>
    <message>
        <source>Enrolled before key rotation, re-enrol to receive the new key: {names}</source>
        <translation>Vor dem Schlüsselwechsel aufgenommen, neu aufnehmen, damit sie den neuen Schlüssel erhalten: {names}</translation>
    </message>
    <message>
        <source>The recovery key could not be written out (the output is full or closed): make a new one now with cii-desktop key new-recovery-key.</source>
        <translation>Der Wiederherstellungsschlüssel konnte nicht ausgegeben werden (Ausgabe voll oder geschlossen): Erstellen Sie jetzt einen neuen mit cii-desktop key new-recovery-key.</translation>
    </message>
    <message>
        <source>Your institution or office is no longer in this case's sharing scope: the case is kept read-only on this workstation (it cannot be changed, printed or sent). Nothing was saved.</source>
        <translation>Ihre Institution oder Ihre Stelle gehört nicht mehr zum Freigabebereich dieses Falls: Er bleibt auf diesem Arbeitsplatz schreibgeschützt (er kann weder geändert noch gedruckt noch versandt werden). Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>This case or person was erased on another workstation (or is no longer shared with this one) while you were working: what you entered could not be saved.</source>
        <translation>Dieser Fall oder diese Person wurde während Ihrer Eingabe auf einem anderen Arbeitsplatz gelöscht (oder wird nicht mehr mit diesem geteilt): Ihre Eingabe konnte nicht gespeichert werden.</translation>
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
    <name>OutsideChanges</name>
    <message>
        <source>The selected case is no longer on this workstation: it was erased, or it is no longer shared here.</source>
        <translation>Der ausgewählte Fall ist nicht mehr auf diesem Arbeitsplatz: Er wurde gelöscht oder wird hier nicht mehr geteilt.</translation>
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
        <source>Same AVS number</source>
        <translation>Gleiche AHV-Nummer</translation>
    </message>
    <message>
        <source>%1 already has the AVS number %2. The CII alert relies on AVS numbers: one person should exist only once.</source>
        <translation>%1 hat bereits die AHV-Nummer %2. Der IIZ-Alarm stützt sich auf die AHV-Nummern: Eine Person soll nur einmal erfasst sein.</translation>
    </message>
    <message>
        <source>&amp;Open the existing person</source>
        <translation>Bestehende Person ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Trotzdem speichern</translation>
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
        <translation>Im &amp;Qualifizierungsprogramm (PQF) seit:</translation>
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
    <name>RecoveryBanner</name>
    <message>
        <source>A key change was completed when this database was opened after an interruption: its new recovery key was never shown. Issue a new recovery key now (Settings, Database key…) and write it down.</source>
        <translation>Ein Schlüsselwechsel wurde nach einem Abbruch beim Öffnen dieser Datenbank abgeschlossen: Sein neuer Wiederherstellungsschlüssel wurde nie angezeigt. Erstellen Sie jetzt einen neuen Wiederherstellungsschlüssel (Einstellungen, Schlüssel der Datenbank…) und notieren Sie ihn.</translation>
    </message>
</context>
<context>
    <name>ReferralController</name>
    <message>
        <source>REFUS</source>
        <translation>ABLEHNUNG</translation>
    </message>
    <message>
        <source>Evaluation grid</source>
        <translation>Beurteilungsraster</translation>
    </message>
    <message>
        <source>Announcement to the Bureau CII</source>
        <translation>Meldung an das IIZ-Büro</translation>
    </message>
    <message>
        <source>Bureau decision</source>
        <translation>Entscheid des IIZ-Büros</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Übergang</translation>
    </message>
    <message>
        <source>row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Procuration CII</source>
        <translation>IIZ-Vollmacht</translation>
    </message>
    <message>
        <source>Refusal of the person</source>
        <translation>Ablehnung durch die Person</translation>
    </message>
    <message>
        <source>Legal basis LIAS art. 60 ff.</source>
        <translation>Gesetzliche Grundlage LIAS Art. 60 ff.</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>noch nicht unterschrieben</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>waiting for the Bureau</source>
        <translation>wartet auf das IIZ-Büro</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Written warning</source>
        <translation>Schriftliche Verwarnung</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Meinungsverschiedenheit</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>ORP → CMS</source>
        <translation>RAV → SMZ</translation>
    </message>
    <message>
        <source>CMS → ORP</source>
        <translation>SMZ → RAV</translation>
    </message>
    <message>
        <source>CII alert: this person is followed by %1 (cases %2).</source>
        <translation>IIZ-Alarm: Diese Person wird betreut von %1 (Fälle %2).</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>nicht unterschrieben</translation>
    </message>
    <message>
        <source>signed on screen</source>
        <translation>am Bildschirm unterschrieben</translation>
    </message>
    <message>
        <source>signed on paper</source>
        <translation>auf Papier unterschrieben</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 signatures</source>
        <translation>
            <numerusform>%1 von %2 Unterschriften</numerusform>
            <numerusform>%1 von %2 Unterschriften</numerusform>
        </translation>
    </message>
    <message>
        <source>CII alerts</source>
        <translation>IIZ-Alarme</translation>
    </message>
    <message>
        <source>Persons followed by several institutions:</source>
        <translation>Von mehreren Institutionen betreute Personen:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Institutionen</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Looking for persons followed by several institutions…</source>
        <translation>Suche nach Personen, die von mehreren Institutionen betreut werden…</translation>
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
        <source>Transitions register</source>
        <translation>Register der Übergänge</translation>
    </message>
    <message>
        <source>Transitions ORP ↔ CMS recorded (newest first):</source>
        <translation>Erfasste Übergänge RAV ↔ SMZ (neueste zuerst):</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Durch</translation>
    </message>
    <message>
        <source>Network meeting</source>
        <translation>Netzwerkgespräch</translation>
    </message>
</context>
<context>
    <name>RegisterWizard</name>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import the register (Excel)</source>
        <translation>Register importieren (Excel)</translation>
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
    <name>ReportPage</name>
    <message>
        <source>Validation report</source>
        <translation>Prüfbericht</translation>
    </message>
    <message>
        <source>Import only if every row is valid (all or nothing)</source>
        <translation>Nur importieren, wenn alle Zeilen gültig sind (alles oder nichts)</translation>
    </message>
    <message>
        <source>Import the valid rows and skip the rows with errors</source>
        <translation>Gültige Zeilen importieren, fehlerhafte Zeilen überspringen</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>the canton's documents</source>
        <translation>die Unterlagen des Kantons</translation>
    </message>
    <message>
        <source>local practice, to be validated – not a rule of the canton</source>
        <translation>lokale Praxis, zu validieren – keine Regel des Kantons</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung der Daten</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Persons the retention rules propose for erasure on %1:</source>
        <translation>Personen, deren Löschung die Aufbewahrungsregeln am %1 vorschlagen:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>The erasure cannot be undone.</source>
        <translation>Die Löschung kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>I have checked this list: these persons are to be erased.</source>
        <translation>Ich habe diese Liste geprüft: diese Personen sind zu löschen.</translation>
    </message>
    <message numerus="yes">
        <source>Erase these %n person(s)</source>
        <translation>
            <numerusform>Diese Person löschen</numerusform>
            <numerusform>Diese %n Personen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>No person is due for erasure.</source>
        <translation>Keine Person ist zu löschen.</translation>
    </message>
</context>
<context>
    <name>SessionLock</name>
    <message>
        <source>&amp;Lock the window</source>
        <translation>Fenster &amp;sperren</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Database key…</source>
        <translation>Schlüssel der Datenbank…</translation>
    </message>
    <message>
        <source>Your name, institution, office and role come from the network's roster, signed by its administrator (role: %1). Ask the administrator to change them.</source>
        <translation>Ihr Name, Ihre Institution, Ihre Stelle und Ihre Rolle stammen aus der Netzwerkliste, die die Netzwerkadministration signiert hat (Rolle: %1). Bitten Sie die Netzwerkadministration, sie zu ändern.</translation>
    </message>
    <message>
        <source>Who uses this workstation? Enter your name: forms, decisions and journal entries carry it.</source>
        <translation>Wer benutzt diesen Arbeitsplatz? Geben Sie Ihren Namen ein: Formulare, Entscheide und Journaleinträge tragen ihn.</translation>
    </message>
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
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
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
        <translation>Datenordner wählen…</translation>
    </message>
    <message>
        <source>S&amp;hared server folder:</source>
        <translation>Freigegebener Ser&amp;verordner:</translation>
    </message>
    <message>
        <source>Choose the shared folder…</source>
        <translation>Freigegebenen Ordner wählen…</translation>
    </message>
    <message>
        <source>A new data folder is opened the next time CII Desktop starts.</source>
        <translation>Ein neuer Datenordner wird beim nächsten Start von CII Desktop geöffnet.</translation>
    </message>
</context>
<context>
    <name>ShareSetting</name>
    <message>
        <source>Empty: the network's shared folder is used (%1).</source>
        <translation>Leer: Der gemeinsame Ordner des Netzwerks wird verwendet (%1).</translation>
    </message>
    <message>
        <source>This folder is not this network's shared folder (it holds no roster signed for this network): check the path, or choose the folder the network uses.</source>
        <translation>Dieser Ordner ist nicht der gemeinsame Ordner dieses Netzwerks (er enthält keine für dieses Netzwerk signierte Liste der Arbeitsplätze): Prüfen Sie den Pfad oder wählen Sie den Ordner, den das Netzwerk verwendet.</translation>
    </message>
    <message>
        <source>Shared folder out of reach</source>
        <translation>Gemeinsamer Ordner nicht erreichbar</translation>
    </message>
    <message>
        <source>The folder %1 cannot be reached now: it does not exist, or the server is not connected. Keep it anyway? Sync works once it can be reached.</source>
        <translation>Der Ordner %1 ist zurzeit nicht erreichbar: Er existiert nicht oder der Server ist nicht verbunden. Trotzdem behalten? Die Synchronisation funktioniert, sobald er erreichbar ist.</translation>
    </message>
    <message>
        <source>This folder cannot be reached now (it does not exist, or the server is not connected).</source>
        <translation>Dieser Ordner ist zurzeit nicht erreichbar (er existiert nicht oder der Server ist nicht verbunden).</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>Shared with: %1 (procuration CII)</source>
        <translation>Geteilt mit: %1 (IIZ-Vollmacht)</translation>
    </message>
    <message>
        <source>Shared under LIAS art. 60 ff. (legal basis recorded)</source>
        <translation>Geteilt nach LIAS Art. 60 ff. (gesetzliche Grundlage erfasst)</translation>
    </message>
    <message>
        <source>Local only: the person refused (grid filed with the mention "Refus")</source>
        <translation>Nur lokal: Die Person hat abgelehnt (Raster mit dem Vermerk «Ablehnung» abgelegt)</translation>
    </message>
    <message>
        <source>Local only: the procuration is not signed yet</source>
        <translation>Nur lokal: Die Vollmacht ist noch nicht unterschrieben</translation>
    </message>
    <message>
        <source>Local only: no consent recorded, nothing leaves this computer</source>
        <translation>Nur lokal: keine Einwilligung erfasst, nichts verlässt diesen Computer</translation>
    </message>
</context>
<context>
    <name>SharingBanner</name>
    <message>
        <source>No other institution receives it; everything else stays on this computer.</source>
        <translation>Keine andere Institution erhält es; alles Übrige bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Shared with the whole network (marked shared before consents named institutions).</source>
        <translation>Mit dem ganzen Netzwerk geteilt (als geteilt markiert, bevor Einwilligungen Institutionen nannten).</translation>
    </message>
    <message>
        <source>Shared with %1 on the procuration CII, until %2.</source>
        <translation>Geteilt mit %1 gemäss IIZ-Vollmacht, bis %2.</translation>
    </message>
    <message>
        <source>Shared with %1 on the procuration CII, until revoked.</source>
        <translation>Geteilt mit %1 gemäss IIZ-Vollmacht, bis zum Widerruf.</translation>
    </message>
    <message>
        <source>Shared with %1 under LIAS art. 60 ff., decided by %2, until %3.</source>
        <translation>Geteilt mit %1 gemäss LIAS Art. 60 ff., entschieden von %2, bis %3.</translation>
    </message>
    <message>
        <source>Shared with %1 under LIAS art. 60 ff., decided by %2, until revoked.</source>
        <translation>Geteilt mit %1 gemäss LIAS Art. 60 ff., entschieden von %2, bis zum Widerruf.</translation>
    </message>
    <message>
        <source>Local only: the procuration or the legal basis has ended; nothing more leaves this computer.</source>
        <translation>Nur lokal: Die Vollmacht oder die Rechtsgrundlage ist abgelaufen; nichts mehr verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>Local only: the consent was revoked; nothing more leaves this computer.</source>
        <translation>Nur lokal: Die Einwilligung wurde widerrufen; nichts mehr verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>Your institution or office is not in this scope: the case is kept read-only here (it can be read, not changed, printed or sent).</source>
        <translation>Ihre Institution oder Ihre Stelle gehört nicht zu diesem Bereich: Der Fall bleibt hier schreibgeschützt (er kann gelesen, aber weder geändert noch gedruckt noch versandt werden).</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Unterschreiben</translation>
    </message>
    <message>
        <source>Sign on screen</source>
        <translation>Am Bildschirm unterschreiben</translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation>&amp;Partei:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Sign in the box with the mouse, a pen or a finger:</source>
        <translation>Unterschreiben Sie im Feld mit der Maus, einem Stift oder dem Finger:</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>StartUnlockDialog</name>
    <message>
        <source>Enter your unlock passphrase to open CII Desktop.</source>
        <translation>Geben Sie Ihre Entsperr-Passphrase ein, um CII Desktop zu öffnen.</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Von … bis …</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Berechnung läuft…</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Save the annual report</source>
        <translation>Jahresbericht speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel (*.xlsx)</source>
        <translation>PDF (*.pdf);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Announcing institution:</source>
        <translation>Meldende Institution:</translation>
    </message>
    <message>
        <source>Import register…</source>
        <translation>Register importieren…</translation>
    </message>
    <message>
        <source>Annual report…</source>
        <translation>Jahresbericht…</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
</context>
<context>
    <name>StatisticsMenu</name>
    <message>
        <source>&amp;Statistics and annual report…</source>
        <translation>&amp;Statistik und Jahresbericht…</translation>
    </message>
    <message>
        <source>&amp;Import the register (Excel)…</source>
        <translation>Register &amp;importieren (Excel)…</translation>
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
        <source>Date of birth</source>
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
        <source>Unemployment daily allowances</source>
        <translation>ALV-Taggelder</translation>
    </message>
    <message>
        <source>Waiting period</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>Sanction</source>
        <translation>Sanktion</translation>
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
        <source>Employability verified on</source>
        <translation>Arbeitsmarktfähigkeit geprüft am</translation>
    </message>
    <message>
        <source>Fit for placement</source>
        <translation>Vermittlungsfähig</translation>
    </message>
    <message>
        <source>Fitness examination requested on</source>
        <translation>Prüfung der Vermittlungsfähigkeit beantragt am</translation>
    </message>
    <message>
        <source>PQF started on</source>
        <translation>Im kantonalen Qualifizierungsprogramm (PQF) seit</translation>
    </message>
    <message>
        <source>Deregistration date</source>
        <translation>Abmeldedatum</translation>
    </message>
    <message>
        <source>Young adult</source>
        <translation>Junge/r Erwachsene/r</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>Fallführende Institution</translation>
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
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Contact's e-mail</source>
        <translation>E-Mail der Kontaktperson</translation>
    </message>
    <message>
        <source>Contact's phone</source>
        <translation>Telefon der Kontaktperson</translation>
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
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Durchgeführt am</translation>
    </message>
    <message>
        <source>Scheduled on</source>
        <translation>Geplant am</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Changed on</source>
        <translation>Geändert am</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Verfasser/in</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Beurteilt am</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Beurteilt von</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Proposed level</source>
        <translation>Vorgeschlagene Stufe</translation>
    </message>
    <message>
        <source>Reason for another level</source>
        <translation>Begründung einer anderen Stufe</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Erteilt am</translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation>Widerrufen am</translation>
    </message>
    <message>
        <source>Revoked by</source>
        <translation>Widerrufen von</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Erfasst am</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Institutionen</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Stellen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemstellungen</translation>
    </message>
    <message>
        <source>Measures already tried</source>
        <translation>Bereits versuchte Massnahmen</translation>
    </message>
    <message>
        <source>Expected goal</source>
        <translation>Erwartetes Ziel</translation>
    </message>
    <message>
        <source>Requested handling</source>
        <translation>Gewünschte Begleitung</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>Gemeldet am</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Begleitung</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Begonnen am</translation>
    </message>
    <message>
        <source>Meeting on</source>
        <translation>Sitzung am</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Koordination</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladene</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheide</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verteiler</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Aim</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Person's commitments</source>
        <translation>Verpflichtungen der Person</translation>
    </message>
    <message>
        <source>Institutions' commitments</source>
        <translation>Verpflichtungen der Institutionen</translation>
    </message>
    <message>
        <source>Review dates</source>
        <translation>Überprüfungstermine</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Unterzeichnet am</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Unterzeichnende Person</translation>
    </message>
    <message>
        <source>Partner informed</source>
        <translation>Partner informiert</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Network meeting planned</source>
        <translation>Netzwerksitzung geplant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Sharing basis</source>
        <translation>Grundlage der Freigabe</translation>
    </message>
    <message>
        <source>Medical assessment</source>
        <translation>Medizinische Abklärung</translation>
    </message>
    <message>
        <source>Professional assessment</source>
        <translation>Berufliche Abklärung</translation>
    </message>
    <message>
        <source>Social assessment</source>
        <translation>Soziale Abklärung</translation>
    </message>
    <message>
        <source>Resources assessment</source>
        <translation>Abklärung der Ressourcen</translation>
    </message>
    <message>
        <source>End of the framework</source>
        <translation>Ende des Rahmens</translation>
    </message>
    <message>
        <source>Organised on</source>
        <translation>Organisiert am</translation>
    </message>
    <message>
        <source>Lead ORP</source>
        <translation>Fallführendes RAV</translation>
    </message>
    <message>
        <source>Lead CMS</source>
        <translation>Fallführendes SMZ</translation>
    </message>
    <message>
        <source>Other field</source>
        <translation>Weitere Angabe</translation>
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
        <source>Unknown workstation</source>
        <translation>Unbekannter Arbeitsplatz</translation>
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
        <source>Case</source>
        <translation>Fall</translation>
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
    <message numerus="yes">
        <source>%n more notice(s) in the Sync dialog</source>
        <translation>
            <numerusform>%n weiterer Hinweis im Fenster Synchronisation</numerusform>
            <numerusform>%n weitere Hinweise im Fenster Synchronisation</numerusform>
        </translation>
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
        <translation>
            <numerusform>%n bleibt hier (ohne Einwilligung)</numerusform>
            <numerusform>%n bleiben hier (ohne Einwilligung)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept on this computer (this workstation is outside the consent's scope)</source>
        <translation>
            <numerusform>%n bleibt auf diesem Computer (dieser Arbeitsplatz liegt ausserhalb des Bereichs der Einwilligung)</numerusform>
            <numerusform>%n bleiben auf diesem Computer (dieser Arbeitsplatz liegt ausserhalb des Bereichs der Einwilligung)</numerusform>
        </translation>
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
    <message>
        <source>Applied value: changed by</source>
        <translation>Angewendeter Wert: geändert von</translation>
    </message>
    <message>
        <source>Other value: changed by</source>
        <translation>Anderer Wert: geändert von</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n offener Konflikt</numerusform>
            <numerusform>%n offene Konflikte</numerusform>
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
        <source>Last synchronisation before closing…</source>
        <translation>Letzte Synchronisation vor dem Schliessen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
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
    <name>SyncRefresh</name>
    <message>
        <source>Changed by a sync: see the open form.</source>
        <translation>Durch Synchronisation geändert: siehe offenes Formular.</translation>
    </message>
</context>
<context>
    <name>TandemDialog</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Eligible: %1</source>
        <translation>Berechtigt: %1</translation>
    </message>
    <message>
        <source>Not eligible: %1</source>
        <translation>Nicht berechtigt: %1</translation>
    </message>
    <message>
        <source>Six months: %1 – %2; interviews logged: %3.</source>
        <translation>Sechs Monate: %1 – %2; erfasste Gespräche: %3.</translation>
    </message>
    <message>
        <source>Months with fewer than two interviews: %1</source>
        <translation>Monate mit weniger als zwei Gesprächen: %1</translation>
    </message>
    <message>
        <source>The six months are ending: decide what follows.</source>
        <translation>Die sechs Monate gehen zu Ende: das weitere Vorgehen entscheiden.</translation>
    </message>
    <message>
        <source>Tandem started.</source>
        <translation>Tandem gestartet.</translation>
    </message>
    <message>
        <source>Interview recorded.</source>
        <translation>Gespräch erfasst.</translation>
    </message>
    <message>
        <source>Décloisonnement LIAS-LEMC tandem</source>
        <translation>Tandem-Massnahme LIAS-LEMC</translation>
    </message>
    <message>
        <source>&amp;Start (dd.mm.yyyy):</source>
        <translation>&amp;Beginn (TT.MM.JJJJ):</translation>
    </message>
    <message>
        <source>ORP &amp;counsellor:</source>
        <translation>RAV-&amp;Personalberatung:</translation>
    </message>
    <message>
        <source>CMS social &amp;worker:</source>
        <translation>&amp;Sozialarbeit SMZ:</translation>
    </message>
    <message>
        <source>Plan &amp;objectives:</source>
        <translation>&amp;Ziele des Plans:</translation>
    </message>
    <message>
        <source>Start the &amp;tandem</source>
        <translation>&amp;Tandem starten</translation>
    </message>
    <message>
        <source>Interview &amp;log:</source>
        <translation>Gesprächs&amp;protokoll:</translation>
    </message>
    <message>
        <source>Interview &amp;date (dd.mm.yyyy):</source>
        <translation>Gesprächs&amp;datum (TT.MM.JJJJ):</translation>
    </message>
    <message>
        <source>&amp;Who took part:</source>
        <translation>&amp;Teilnehmende:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Add to the &amp;log</source>
        <translation>Zum Protokoll &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Closure o&amp;utcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>Closed o&amp;n (dd.mm.yyyy):</source>
        <translation>Abgeschlossen a&amp;m (TT.MM.JJJJ):</translation>
    </message>
    <message>
        <source>Record the o&amp;utcome</source>
        <translation>Ergebnis &amp;erfassen</translation>
    </message>
    <message>
        <source>&amp;Print plan and log…</source>
        <translation>Plan und Protokoll &amp;drucken…</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Target public</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>ORP → CMS</source>
        <translation>RAV → SMZ</translation>
    </message>
    <message>
        <source>CMS → ORP</source>
        <translation>SMZ → RAV</translation>
    </message>
    <message numerus="yes">
        <source>Row(s) %1: no announcement to the ORP.</source>
        <translation>
            <numerusform>Zeile %1: keine Meldung an das RAV.</numerusform>
            <numerusform>Zeilen %1: keine Meldung an das RAV.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row of the table matches the person's situation.</source>
        <translation>Keine Zeile der Tabelle entspricht der Situation der Person.</translation>
    </message>
    <message>
        <source>Reminder created.</source>
        <translation>Erinnerung erstellt.</translation>
    </message>
    <message>
        <source>This row has no due date.</source>
        <translation>Diese Zeile hat keinen Termin.</translation>
    </message>
    <message>
        <source>Transition recorded.</source>
        <translation>Übergang erfasst.</translation>
    </message>
    <message>
        <source>Target publics and transitions</source>
        <translation>Zielgruppen und Übergänge</translation>
    </message>
    <message>
        <source>Rows of the ORP–CMS directive's annex that match the person's situation:</source>
        <translation>Zeilen des Anhangs der Richtlinie RAV–SMZ, die der Situation der Person entsprechen:</translation>
    </message>
    <message>
        <source>Create the &amp;reminder of the selected row</source>
        <translation>&amp;Erinnerung der gewählten Zeile erstellen</translation>
    </message>
    <message>
        <source>Record a transition</source>
        <translation>Übergang erfassen</translation>
    </message>
    <message>
        <source>D&amp;irection:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>Target &amp;public:</source>
        <translation>&amp;Zielgruppe:</translation>
    </message>
    <message>
        <source>&amp;Date (dd.mm.yyyy):</source>
        <translation>&amp;Datum (TT.MM.JJJJ):</translation>
    </message>
    <message>
        <source>&amp;Network meeting on (optional):</source>
        <translation>&amp;Netzwerkgespräch am (optional):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Bemerkung:</translation>
    </message>
    <message>
        <source>Re&amp;cord the transition</source>
        <translation>Übergang &amp;erfassen</translation>
    </message>
</context>
<context>
    <name>TriageDialog</name>
    <message>
        <source>Announced on</source>
        <translation>Gemeldet am</translation>
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
        <source>By</source>
        <translation>Durch</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Gewünscht</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problembereiche</translation>
    </message>
    <message>
        <source>Institutions already involved</source>
        <translation>Bereits beteiligte Institutionen</translation>
    </message>
    <message>
        <source>Measures already tried</source>
        <translation>Bereits versuchte Massnahmen</translation>
    </message>
    <message>
        <source>Expected goal</source>
        <translation>Erwartetes Ziel</translation>
    </message>
    <message>
        <source>Decision recorded.</source>
        <translation>Entscheid erfasst.</translation>
    </message>
    <message>
        <source>Refusal sent back with the suggestions.</source>
        <translation>Ablehnung mit den Vorschlägen zurückgesandt.</translation>
    </message>
    <message>
        <source>Bureau CII – announcements to decide</source>
        <translation>IIZ-Büro – zu entscheidende Meldungen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheid</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>&amp;Refuse (back to the announcing professional)</source>
        <translation>A&amp;blehnen (zurück an die meldende Fachperson)</translation>
    </message>
    <message>
        <source>&amp;Handling:</source>
        <translation>&amp;Begleitung:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>Be&amp;gründung:</translation>
    </message>
    <message>
        <source>&amp;Suggestions:</source>
        <translation>&amp;Vorschläge:</translation>
    </message>
    <message>
        <source>&amp;Record the decision</source>
        <translation>Entscheid &amp;erfassen</translation>
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
<context>
    <name>UnlockPassphraseDialog</name>
    <message>
        <source>Unlock passphrase</source>
        <translation>Entsperr-Passphrase</translation>
    </message>
    <message>
        <source>The window locks itself after a few idle minutes and with Ctrl+L. Your key is kept in this computer's keystore, so choose a passphrase (at least 12 characters) to unlock the window. Without one, only the recovery key unlocks it.</source>
        <translation>Das Fenster sperrt sich nach einigen Minuten ohne Eingabe und mit Strg+L. Ihr Schlüssel liegt im Schlüsselspeicher dieses Computers; wählen Sie deshalb eine Passphrase (mindestens 12 Zeichen), um das Fenster zu entsperren. Ohne sie entsperrt nur der Wiederherstellungsschlüssel das Fenster.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Unlock &amp;passphrase…</source>
        <translation>Entsperr-&amp;Passphrase…</translation>
    </message>
</context>
</TS>