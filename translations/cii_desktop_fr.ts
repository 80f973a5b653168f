<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>About CII Desktop</source>
        <translation>À propos de CII Desktop</translation>
    </message>
    <message>
        <source>Interinstitutional collaboration (CII) of the canton of Valais: cases, forms and their exchange between the institutions of the network. Data stays encrypted on this computer.</source>
        <translation>Collaboration interinstitutionnelle (CII) du canton du Valais : situations, formulaires et leur échange entre les institutions du réseau. Les données restent chiffrées sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>AccessDialog</name>
    <message>
        <source>Right of access</source>
        <translation>Droit d'accès</translation>
    </message>
    <message>
        <source>Everything this workstation holds about the person of case %1 (data, history, documents, who received what and when): a PDF for the person and the same data as JSON beside it.</source>
        <translation>Tout ce que ce poste détient sur la personne de la situation %1 (données, historique, documents, qui a reçu quoi et quand) : un PDF pour la personne et les mêmes données en JSON à côté.</translation>
    </message>
    <message>
        <source>right-of-access</source>
        <translation>droit-acces</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Language of the PDF</source>
        <translation>Langue du PDF</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>Fichier PDF</translation>
    </message>
    <message>
        <source>Write the PDF and the JSON</source>
        <translation>Écrire le PDF et le JSON</translation>
    </message>
    <message>
        <source>JSON: %1</source>
        <translation>JSON : %1</translation>
    </message>
    <message>
        <source>Give the PDF's file.</source>
        <translation>Indiquez le fichier PDF.</translation>
    </message>
    <message>
        <source>The file name contains control characters.</source>
        <translation>Le nom du fichier contient des caractères de contrôle.</translation>
    </message>
    <message>
        <source>Give a file name, not only a folder.</source>
        <translation>Indiquez un nom de fichier, pas seulement un dossier.</translation>
    </message>
    <message>
        <source>The file name is too long.</source>
        <translation>Le nom du fichier est trop long.</translation>
    </message>
    <message>
        <source>This is a folder: add a file name.</source>
        <translation>C'est un dossier : ajoutez un nom de fichier.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n'existe pas.</translation>
    </message>
</context>
<context>
    <name>AnnouncementDialog</name>
    <message>
        <source>Let the Bureau decide</source>
        <translation>Laisser le Bureau décider</translation>
    </message>
    <message>
        <source>Printed from the grid:</source>
        <translation>Repris de la grille (imprimé avec le formulaire) :</translation>
    </message>
    <message>
        <source>Add what the grid does not say.</source>
        <translation>Ajoutez ce que la grille ne dit pas.</translation>
    </message>
    <message>
        <source>&amp;Send to the Bureau</source>
        <translation>&amp;Envoyer au Bureau</translation>
    </message>
    <message>
        <source>&amp;Why announce it although the grid is not CII complexe:</source>
        <translation>&amp;Motif de l'annonce alors que la grille n'indique pas la CII complexe :</translation>
    </message>
    <message>
        <source>Announcement of a complex situation (CII100.1)</source>
        <translation>Annonce de situation complexe (CII100.1)</translation>
    </message>
    <message>
        <source>Prefilled from the person, the latest evaluation grid and the case's institutions.</source>
        <translation>Prérempli à partir de la personne, de la dernière grille d'évaluation et des institutions du dossier.</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;Problématiques :</translation>
    </message>
    <message>
        <source>&amp;Institutions already involved:</source>
        <translation>&amp;Institutions déjà impliquées :</translation>
    </message>
    <message>
        <source>&amp;Measures already tried:</source>
        <translation>&amp;Mesures déjà essayées :</translation>
    </message>
    <message>
        <source>E&amp;xpected goal:</source>
        <translation>O&amp;bjectif attendu :</translation>
    </message>
    <message>
        <source>&amp;Requested handling:</source>
        <translation>Prise en charge &amp;demandée :</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Creating the demo data…</source>
        <translation>Création des données de démonstration…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>No user was given for this workstation: CII Desktop closes, since forms, decisions and journal entries must carry a name. Start it again to say who uses this workstation.</source>
        <translation>Aucun nom n'a été donné pour ce poste : CII Desktop se ferme, car les formulaires, les décisions et les entrées du journal doivent porter un nom. Relancez-le pour indiquer qui utilise ce poste.</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Objective no.</source>
        <translation>N° objectif</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Legal frame</source>
        <translation>Cadre légal</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Cost borne by</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message numerus="yes">
        <source>%1 days since the Bureau's decision (%2)</source>
        <translation>
            <numerusform>%1 jour depuis la décision du Bureau (%2)</numerusform>
            <numerusform>%1 jours depuis la décision du Bureau (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessment – %1</source>
        <translation>Assessment – %1</translation>
    </message>
    <message>
        <source>Fill in the contract and save the draft.</source>
        <translation>Remplissez le contrat et enregistrez le projet.</translation>
    </message>
    <message>
        <source>draft, not signed</source>
        <translation>projet, non signé</translation>
    </message>
    <message>
        <source>signed – frozen</source>
        <translation>signé – figé</translation>
    </message>
    <message>
        <source>replaced by an amendment</source>
        <translation>remplacé par un avenant</translation>
    </message>
    <message>
        <source>No contract yet: fill it in and save the draft.</source>
        <translation>Pas encore de contrat : remplissez-le et enregistrez le projet.</translation>
    </message>
    <message>
        <source>Version %1 – %2</source>
        <translation>Version %1 – %2</translation>
    </message>
    <message>
        <source>Every measure fits its institution's legal frame.</source>
        <translation>Toutes les mesures relèvent du cadre légal de leur institution.</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>La personne</translation>
    </message>
    <message>
        <source>Team saved.</source>
        <translation>Équipe enregistrée.</translation>
    </message>
    <message>
        <source>Evaluation saved.</source>
        <translation>Évaluation enregistrée.</translation>
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
        <translation>État :</translation>
    </message>
    <message>
        <source>Waiting to be organised:</source>
        <translation>Attente d'organisation :</translation>
    </message>
    <message>
        <source>Assessment &amp;date (dd.mm.yyyy):</source>
        <translation>&amp;Date de l'assessment (jj.mm.aaaa) :</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Planifier</translation>
    </message>
    <message>
        <source>&amp;Held on (dd.mm.yyyy):</source>
        <translation>&amp;Tenu le (jj.mm.aaaa) :</translation>
    </message>
    <message>
        <source>Mark as &amp;held</source>
        <translation>Marquer comme &amp;tenu</translation>
    </message>
    <message>
        <source>Closure &amp;outcome:</source>
        <translation>&amp;Issue de la clôture :</translation>
    </message>
    <message>
        <source>Closed o&amp;n (dd.mm.yyyy):</source>
        <translation>Clôturé l&amp;e (jj.mm.aaaa) :</translation>
    </message>
    <message>
        <source>C&amp;lose the assessment</source>
        <translation>C&amp;lôturer l'assessment</translation>
    </message>
    <message>
        <source>Regional team</source>
        <translation>Équipe régionale</translation>
    </message>
    <message>
        <source>Répondants CII of the institutions, the announcing professional, an SMR doctor and the person.</source>
        <translation>Les répondant/es CII des institutions, le/la professionnel/le annonceur/euse, un/e médecin du SMR et la personne.</translation>
    </message>
    <message>
        <source>&amp;Add a member</source>
        <translation>&amp;Ajouter un membre</translation>
    </message>
    <message>
        <source>&amp;Remove the member</source>
        <translation>&amp;Retirer le membre</translation>
    </message>
    <message>
        <source>Save the &amp;team</source>
        <translation>Enregistrer l'é&amp;quipe</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>&amp;Medical situation:</source>
        <translation>Situation &amp;médicale :</translation>
    </message>
    <message>
        <source>&amp;Professional situation:</source>
        <translation>Situation &amp;professionnelle :</translation>
    </message>
    <message>
        <source>&amp;Social situation:</source>
        <translation>Situation &amp;sociale :</translation>
    </message>
    <message>
        <source>The person's &amp;resources:</source>
        <translation>&amp;Ressources de la personne :</translation>
    </message>
    <message>
        <source>Save the &amp;evaluation</source>
        <translation>Enregistrer l'&amp;évaluation</translation>
    </message>
    <message>
        <source>Contrat d'objectifs</source>
        <translation>Contrat d'objectifs</translation>
    </message>
    <message>
        <source>Overall &amp;aim:</source>
        <translation>Objectif &amp;général :</translation>
    </message>
    <message>
        <source>Aim in &amp;words:</source>
        <translation>Objectif en &amp;mots :</translation>
    </message>
    <message>
        <source>End of the &amp;framework period (dd.mm.yyyy):</source>
        <translation>Fin du délai-&amp;cadre d'indemnisation (jj.mm.aaaa) :</translation>
    </message>
    <message>
        <source>The end of the benefit framework period, as the ORP knows it: the LIAS measures the ORP asks for are checked against it.</source>
        <translation>La fin du délai-cadre d'indemnisation, telle que l'ORP la connaît : les mesures LIAS demandées par l'ORP sont contrôlées par rapport à elle.</translation>
    </message>
    <message>
        <source>&amp;Objectives (numbered in this order):</source>
        <translation>&amp;Objectifs (numérotés dans cet ordre) :</translation>
    </message>
    <message>
        <source>Add an o&amp;bjective</source>
        <translation>Ajouter un o&amp;bjectif</translation>
    </message>
    <message>
        <source>Remove the objective</source>
        <translation>Retirer l'objectif</translation>
    </message>
    <message>
        <source>&amp;Measures of each objective:</source>
        <translation>&amp;Mesures de chaque objectif :</translation>
    </message>
    <message>
        <source>Add a mea&amp;sure</source>
        <translation>Ajouter une me&amp;sure</translation>
    </message>
    <message>
        <source>Remove the measure</source>
        <translation>Retirer la mesure</translation>
    </message>
    <message>
        <source>The person's &amp;commitments:</source>
        <translation>Engagements de la &amp;personne :</translation>
    </message>
    <message>
        <source>Each &amp;institution's commitments:</source>
        <translation>Engagements de chaque &amp;institution :</translation>
    </message>
    <message>
        <source>Re&amp;view dates (dd.mm.yyyy; …):</source>
        <translation>Dates de re&amp;vue (jj.mm.aaaa ; …) :</translation>
    </message>
    <message>
        <source>The person meets the LEMC &amp;conditions</source>
        <translation>La personne remplit les &amp;conditions LEMC</translation>
    </message>
    <message>
        <source>Bureau's check of the legal frames:</source>
        <translation>Contrôle du Bureau (cadres légaux) :</translation>
    </message>
    <message>
        <source>Save the &amp;draft</source>
        <translation>Enregistrer le pro&amp;jet</translation>
    </message>
    <message>
        <source>&amp;Print and sign…</source>
        <translation>&amp;Imprimer et signer…</translation>
    </message>
    <message>
        <source>A&amp;mend (new version)</source>
        <translation>A&amp;venant (nouvelle version)</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revues</translation>
    </message>
    <message>
        <source>Review &amp;held on (dd.mm.yyyy):</source>
        <translation>Revue &amp;tenue le (jj.mm.aaaa) :</translation>
    </message>
    <message>
        <source>Progress of each objective:</source>
        <translation>Avancement de chaque objectif :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Record the re&amp;view</source>
        <translation>Enregistrer la re&amp;vue</translation>
    </message>
    <message>
        <source>Reviews recorded:</source>
        <translation>Revues enregistrées :</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>All users</source>
        <translation>Tous les utilisateurs/trices</translation>
    </message>
    <message>
        <source>Only my own entries</source>
        <translation>Seulement mes propres entrées</translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation>Toutes les institutions</translation>
    </message>
    <message>
        <source>All operations</source>
        <translation>Toutes les opérations</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d'audit</translation>
    </message>
    <message>
        <source>Every entry of this workstation's audit trail (data-protection officer).</source>
        <translation>Toutes les entrées du journal d'audit de ce poste (conseiller/ère à la protection des données).</translation>
    </message>
    <message>
        <source>Your own entries only: the audit trail of other users is for the data-protection officer.</source>
        <translation>Vos propres entrées seulement : le journal d'audit des autres utilisateurs/trices est réservé au/à la conseiller/ère à la protection des données.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur/trice</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Only the person of the selected case</source>
        <translation>Seulement la personne du dossier sélectionné</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Plus</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>"Who saw my file" as &amp;PDF…</source>
        <translation>« Qui a consulté mon dossier » en &amp;PDF…</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Select a case first: the PDF answers one person's request.</source>
        <translation>Sélectionnez d'abord un dossier : le PDF répond à la demande d'une personne.</translation>
    </message>
    <message>
        <source>Reading the audit trail…</source>
        <translation>Lecture du journal d'audit…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>%n entrée affichée</numerusform>
            <numerusform>%n entrées affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exporter le journal d'audit</translation>
    </message>
    <message>
        <source>This file already exists; choose another name.</source>
        <translation>Ce fichier existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported</source>
        <translation>
            <numerusform>%n entrée exportée</numerusform>
            <numerusform>%n entrées exportées</numerusform>
        </translation>
    </message>
    <message>
        <source>Who saw my file</source>
        <translation>Qui a consulté mon dossier</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>&amp;Journal d'audit…</translation>
    </message>
</context>
<context>
    <name>CaseDetailView</name>
    <message>
        <source>Shared with the partners (consent recorded)</source>
        <translation>Partagée avec les partenaires (procuration enregistrée)</translation>
    </message>
    <message>
        <source>Shared under LIAS art. 60 ff. (legal basis recorded)</source>
        <translation>Partagée selon LIAS art. 60 ss (base légale enregistrée)</translation>
    </message>
    <message>
        <source>Local only: no consent recorded, nothing leaves this computer</source>
        <translation>Locale uniquement : aucune procuration enregistrée, rien ne quitte cet ordinateur</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Unemployment benefits (IJ AC)</source>
        <translation>Indemnités journalières AC (IJ AC)</translation>
    </message>
    <message>
        <source>Waiting period</source>
        <translation>Délai d'attente</translation>
    </message>
    <message>
        <source>Sanctioned</source>
        <translation>Sanction</translation>
    </message>
    <message>
        <source>Job seeker without rights (LSE)</source>
        <translation>Demandeur/euse d'emploi sans droit (LSE)</translation>
    </message>
    <message>
        <source>Social assistance</source>
        <translation>Aide sociale</translation>
    </message>
    <message>
        <source>Fit for placement</source>
        <translation>Apte au placement</translation>
    </message>
    <message>
        <source>Young adult</source>
        <translation>Jeune adulte</translation>
    </message>
    <message>
        <source>End of rights</source>
        <translation>Fin de droit</translation>
    </message>
    <message>
        <source>Employability verified on</source>
        <translation>Employabilité vérifiée le</translation>
    </message>
    <message>
        <source>Fitness examination filed on</source>
        <translation>Demande d'examen d'aptitude déposée le</translation>
    </message>
    <message>
        <source>PQF started on</source>
        <translation>PQF commencé le</translation>
    </message>
    <message>
        <source>Deregistered on</source>
        <translation>Date de désinscription</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>AVS number</source>
        <translation>Numéro AVS</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Ouverte le</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Clôturée le</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Partage</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Case</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Référence :</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Office :</translation>
    </message>
    <message>
        <source>Lead &amp;institution:</source>
        <translation>&amp;Institution responsable :</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <source>Status &amp;note:</source>
        <translation>&amp;Remarque sur le statut :</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Ré&amp;sumé :</translation>
    </message>
    <message>
        <source>Institutions involved</source>
        <translation>Institutions impliquées</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>A&amp;dd an institution</source>
        <translation>A&amp;jouter une institution</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>This case was erased on another workstation (sync, by the Bureau's order): it can no longer be saved. Close this window.</source>
        <translation>Cette situation a été effacée sur un autre poste (synchronisation, sur ordre du Bureau) : elle ne peut plus être enregistrée. Fermez cette fenêtre.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Gestion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouverture</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Procuration CII</source>
        <translation>Procuration CII</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Legal basis LIAS art. 60 ff.</source>
        <translation>Base légale LIAS art. 60 ss</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>valable jusqu'au %1</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signée</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>pas encore signée</translation>
    </message>
    <message>
        <source>decided by %1</source>
        <translation>décidé par %1</translation>
    </message>
    <message>
        <source>whole network</source>
        <translation>tout le réseau</translation>
    </message>
    <message>
        <source>revoked on %1</source>
        <translation>révoquée le %1</translation>
    </message>
    <message>
        <source>&amp;Valid until (empty: until revoked):</source>
        <translation>&amp;Valable jusqu'au (vide : jusqu'à révocation) :</translation>
    </message>
    <message>
        <source>&amp;Institutions sharing (none ticked: the whole network):</source>
        <translation>&amp;Institutions concernées (aucune cochée : tout le réseau) :</translation>
    </message>
    <message>
        <source>Offices: tick some under an institution to share with those offices only.</source>
        <translation>Offices : en cocher sous une institution pour partager avec ces offices seulement.</translation>
    </message>
    <message>
        <source>Consent and sharing</source>
        <translation>Consentement et partage</translation>
    </message>
    <message>
        <source>Mark as &amp;signed on paper</source>
        <translation>Marquer comme &amp;signée sur papier</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Révoquer</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Procuration CII</source>
        <translation>&amp;Procuration CII</translation>
    </message>
    <message>
        <source>Re&amp;fusal of the person</source>
        <translation>Re&amp;fus de la personne</translation>
    </message>
    <message>
        <source>&amp;Legal basis LIAS art. 60 ff.</source>
        <translation>Base &amp;légale LIAS art. 60 ss</translation>
    </message>
    <message>
        <source>&amp;Institutions that may exchange information:</source>
        <translation>&amp;Institutions autorisées à échanger des informations :</translation>
    </message>
    <message>
        <source>&amp;Date (dd.mm.yyyy):</source>
        <translation>&amp;Date (jj.mm.aaaa) :</translation>
    </message>
    <message>
        <source>&amp;Valid until (empty: 2 years):</source>
        <translation>&amp;Valable jusqu'au (vide : 2 ans) :</translation>
    </message>
    <message>
        <source>Already signed on paper</source>
        <translation>Déjà signée sur papier</translation>
    </message>
    <message>
        <source>&amp;Decided by:</source>
        <translation>&amp;Décidé par :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Remarque :</translation>
    </message>
</context>
<context>
    <name>ConsentOffices</name>
    <message>
        <source>Tick offices to share with these offices only; none ticked: the whole institution.</source>
        <translation>Cochez des offices pour partager avec ces offices seulement ; aucun coché : toute l'institution.</translation>
    </message>
    <message>
        <source>Office: %1</source>
        <translation>Office : %1</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>Bilingual FR/DE</source>
        <translation>Bilingue FR/DE</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>non signé</translation>
    </message>
    <message>
        <source>signed on screen</source>
        <translation>signé à l'écran</translation>
    </message>
    <message>
        <source>signed on paper (scan attached)</source>
        <translation>signé sur papier (scan joint)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 signatures</source>
        <translation>
            <numerusform>%1 signature sur %2</numerusform>
            <numerusform>%1 signatures sur %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 – %2</source>
        <translation>Version %1 – %2</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the e-mail draft</source>
        <translation>Dossier pour le brouillon de courriel</translation>
    </message>
    <message>
        <source>E-mail draft written: %1</source>
        <translation>Brouillon de courriel écrit : %1</translation>
    </message>
    <message>
        <source>Scanned signed copy</source>
        <translation>Copie signée scannée</translation>
    </message>
    <message>
        <source>PDF or image (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>PDF ou image (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Prepare &amp;e-mail…</source>
        <translation>Préparer un &amp;courriel…</translation>
    </message>
    <message>
        <source>&amp;Sign on screen…</source>
        <translation>&amp;Signer à l'écran…</translation>
    </message>
    <message>
        <source>Attach the signed &amp;scan…</source>
        <translation>Joindre le &amp;scan signé…</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n à faire aujourd'hui</numerusform>
            <numerusform>%n à faire aujourd'hui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>7 prochains jours</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>EditMerge</name>
    <message>
        <source>Changed on another workstation since this window was opened: %1. The form now shows those changes; your own input is kept. Nothing is saved yet: check, then save again.</source>
        <translation>Modifié sur un autre poste depuis l’ouverture de cette fenêtre : %1. Le formulaire affiche maintenant ces modifications ; votre saisie est conservée. Rien n’est encore enregistré : vérifiez, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>Saving replaces the other change in: %1.</source>
        <translation>L’enregistrement remplace l’autre modification dans : %1.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase a person</source>
        <translation>Effacer une personne</translation>
    </message>
    <message>
        <source>It is also erased from every workstation of the network that holds it: the order travels with the next synchronisation.</source>
        <translation>Elles sont aussi effacées sur chaque poste du réseau qui les détient : l'ordre part avec la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>This workstation is in no sync network: the erasure concerns this workstation only.</source>
        <translation>Ce poste ne fait partie d'aucun réseau de synchronisation : l'effacement ne concerne que ce poste.</translation>
    </message>
    <message>
        <source>The data of &lt;b&gt;%1&lt;/b&gt; will be erased from this workstation. %2 This cannot be undone.</source>
        <translation>Les données de &lt;b&gt;%1&lt;/b&gt; seront effacées de ce poste. %2 C'est irréversible.</translation>
    </message>
    <message>
        <source>Old values in the change journal: %1</source>
        <translation>Anciennes valeurs dans le journal des modifications : %1</translation>
    </message>
    <message>
        <source>Anonymous counts of the cases stay for the annual statistics.</source>
        <translation>Des comptages anonymes des situations restent pour la statistique annuelle.</translation>
    </message>
    <message>
        <source>To confirm, type the person's last name (%1):</source>
        <translation>Pour confirmer, tapez le nom de famille de la personne (%1) :</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>ErasedInput</name>
    <message>
        <source>Copy my input to the clipboard</source>
        <translation>Copier ma saisie dans le presse-papiers</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Written warning (LSE job seeker)</source>
        <translation>Avertissement écrit (demandeur/euse d'emploi LSE)</translation>
    </message>
    <message>
        <source>Disagreement (to the institution's répondant CII)</source>
        <translation>Désaccord (au/à la répondant/e CII de l'institution)</translation>
    </message>
    <message>
        <source>Closure of the case</source>
        <translation>Clôture du dossier</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>Warning, disagreement, closure</source>
        <translation>Avertissement, désaccord, clôture</translation>
    </message>
    <message>
        <source>&amp;Escalate to the cantonal officer</source>
        <translation>&amp;Transmettre au/à la chargé/e cantonal/e</translation>
    </message>
    <message>
        <source>Record the &amp;outcome (text below)</source>
        <translation>Enregistrer l'&amp;issue (texte ci-dessous)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Date (dd.mm.yyyy):</source>
        <translation>&amp;Date (jj.mm.aaaa) :</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution :</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Issue :</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Te&amp;xte :</translation>
    </message>
    <message>
        <source>&amp;Partner institution informed</source>
        <translation>Institution &amp;partenaire informée</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong in CII Desktop. Your saved records are safe; the change you were making may not have been saved.</source>
        <translation>Un problème est survenu dans CII Desktop. Les données enregistrées sont intactes ; la modification en cours n'a peut-être pas été enregistrée.</translation>
    </message>
    <message>
        <source>The error was written to the log without any personal data (%1). If it happens again, tell your CII support.</source>
        <translation>L'erreur a été consignée dans le journal sans aucune donnée personnelle (%1). Si elle se reproduit, avertissez le support CII.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>The register file</source>
        <translation>Le fichier du registre</translation>
    </message>
    <message>
        <source>Choose the Excel file (xlsx) of the register of collaborations: one row per situation announced to the Bureau, headers in French or German.</source>
        <translation>Choisissez le fichier Excel (xlsx) du registre des collaborations : une ligne par situation annoncée au Bureau, en-têtes en français ou en allemand.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
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
        <translation>Un trousseau de clés est disponible sur cet ordinateur : il garde la clé de la base de données. Choisissez ci-dessous une phrase de déverrouillage (au moins 12 caractères) : la fenêtre se verrouille après quelques minutes d'inactivité et avec Ctrl+L, et cette phrase la déverrouille.</translation>
    </message>
    <message>
        <source>This computer has no usable keystore, so the key cannot be kept there. Choose a passphrase of at least 12 characters.</source>
        <translation>Cet ordinateur n'a pas de trousseau de clés utilisable : la clé ne peut pas y être conservée. Choisissez une phrase secrète d'au moins 12 caractères.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
    <message>
        <source>CII Desktop – first start</source>
        <translation>CII Desktop – premier démarrage</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>CII Desktop keeps the cases of the CII network encrypted on this computer.</source>
        <translation>CII Desktop conserve les situations du réseau CII chiffrées sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Language / Sprache:</source>
        <translation>&amp;Langue / Sprache :</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier de données :</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Votre profil</translation>
    </message>
    <message>
        <source>Your name signs the notes and status changes you record.</source>
        <translation>Votre nom signe les notes et les changements de statut que vous enregistrez.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution :</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Office :</translation>
    </message>
    <message>
        <source>Protecting the database</source>
        <translation>Protection de la base de données</translation>
    </message>
    <message>
        <source>The database is encrypted. Its key is kept in the keystore of this computer, or derived from a passphrase you choose.</source>
        <translation>La base de données est chiffrée. Sa clé est conservée dans le trousseau de clés de cet ordinateur ou dérivée d'une phrase secrète que vous choisissez.</translation>
    </message>
    <message>
        <source>Keep the key in the &amp;keystore of this computer (recommended)</source>
        <translation>Conserver la clé dans le &amp;trousseau de cet ordinateur (recommandé)</translation>
    </message>
    <message>
        <source>Protect with a &amp;passphrase (asked at each start)</source>
        <translation>Protéger par une &amp;phrase secrète (demandée à chaque démarrage)</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase:</source>
        <translation>Phrase &amp;secrète :</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>If the key or the passphrase is ever lost, only this recovery key opens the database. It is shown only this once.</source>
        <translation>Si la clé ou la phrase secrète est perdue, seule cette clé de récupération ouvre la base de données. Elle n'est affichée qu'une seule fois.</translation>
    </message>
    <message>
        <source>Print it or write it down and keep it locked away, apart from this computer. Never store it in a file on this computer.</source>
        <translation>Imprimez-la ou notez-la et conservez-la sous clé, loin de cet ordinateur. Ne l'enregistrez jamais dans un fichier sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Print the recovery key…</source>
        <translation>&amp;Imprimer la clé de récupération…</translation>
    </message>
    <message>
        <source>I have &amp;printed or written down the recovery key</source>
        <translation>J'ai im&amp;primé ou noté la clé de récupération</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <source>New person and case…</source>
        <translation>Nouvelle personne et dossier…</translation>
    </message>
    <message>
        <source>(Ctrl+N): the person, then the case with its office and institution.</source>
        <translation>(Ctrl+N) : la personne, puis le dossier avec son office et son institution.</translation>
    </message>
    <message>
        <source>Join a network…</source>
        <translation>Rejoindre un réseau…</translation>
    </message>
    <message>
        <source>to receive the cases your partners share with you (an enrolment file from the network administrator).</source>
        <translation>pour recevoir les dossiers que vos partenaires partagent avec vous (un fichier d'inscription de l'administrateur/trice du réseau).</translation>
    </message>
    <message>
        <source>No case yet. How to start:</source>
        <translation>Aucun dossier pour l'instant. Pour commencer :</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>This form has changes that are not saved. Discard them?</source>
        <translation>Ce formulaire contient des modifications non enregistrées. Les abandonner ?</translation>
    </message>
</context>
<context>
    <name>GridDialog</name>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Proposed by the grid: %1</source>
        <translation>Proposition de la grille : %1</translation>
    </message>
    <message>
        <source>Evaluation grid saved.</source>
        <translation>Grille d'évaluation enregistrée.</translation>
    </message>
    <message>
        <source>Evaluation grid</source>
        <translation>Grille d'évaluation</translation>
    </message>
    <message>
        <source>&amp;Date (dd.mm.yyyy):</source>
        <translation>&amp;Date (jj.mm.aaaa) :</translation>
    </message>
    <message>
        <source>Assessed &amp;by:</source>
        <translation>Évalué &amp;par :</translation>
    </message>
    <message>
        <source>Rate each problem domain (0 = no problem, 3 = serious) and comment:</source>
        <translation>Évaluez chaque domaine (0 = aucun problème, 3 = grave) et commentez :</translation>
    </message>
    <message>
        <source>CII &amp;level:</source>
        <translation>&amp;Niveau CII :</translation>
    </message>
    <message>
        <source>&amp;Reason for another level:</source>
        <translation>&amp;Motif d'un autre niveau :</translation>
    </message>
</context>
<context>
    <name>HandlingsController</name>
    <message numerus="yes">
        <source>waiting for %1 days</source>
        <translation>
            <numerusform>en attente depuis %1 jour</numerusform>
            <numerusform>en attente depuis %1 jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 interviews</source>
        <translation>
            <numerusform>%1 entretien</numerusform>
            <numerusform>%1 entretiens</numerusform>
        </translation>
    </message>
    <message>
        <source>months under two interviews: %1</source>
        <translation>mois sous deux entretiens : %1</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>pas commencé</translation>
    </message>
    <message>
        <source>Table ronde</source>
        <translation>Table ronde</translation>
    </message>
    <message>
        <source>Network meeting</source>
        <translation>Entretien de réseau</translation>
    </message>
    <message>
        <source>minutes recorded</source>
        <translation>procès-verbal saisi</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planifié</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Annuler l'importation</translation>
    </message>
    <message>
        <source>Importing… nothing is written until every row is in.</source>
        <translation>Importation… rien n'est écrit tant que toutes les lignes ne sont pas reprises.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Importation annulée : rien n'a été écrit.</translation>
    </message>
</context>
<context>
    <name>InputGuard</name>
    <message>
        <source>Not typed: this field holds at most %1 characters.</source>
        <translation>Refusé : ce champ contient au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Paste refused: it holds invisible characters (%1: control or direction characters); nothing was pasted.</source>
        <translation>Collage refusé : il contient des caractères invisibles (%1 : caractères de contrôle ou de direction) ; rien n’a été collé.</translation>
    </message>
    <message>
        <source>Left out: the invisible characters %1 (control or direction characters).</source>
        <translation>Laissés de côté : les caractères invisibles %1 (caractères de contrôle ou de direction).</translation>
    </message>
    <message>
        <source>Left out: the invisible character %1 (control or direction character).</source>
        <translation>Laissé de côté : le caractère invisible %1 (caractère de contrôle ou de direction).</translation>
    </message>
</context>
<context>
    <name>JoinNetworkDialog</name>
    <message>
        <source>Join a network</source>
        <translation>Rejoindre un réseau</translation>
    </message>
    <message>
        <source>1. Write a request file and hand it to the network's administrator.</source>
        <translation>1. Écrivez un fichier de demande et remettez-le à l'administrateur/trice du réseau.</translation>
    </message>
    <message>
        <source>&amp;Write the request file…</source>
        <translation>&amp;Écrire le fichier de demande…</translation>
    </message>
    <message>
        <source>2. With the enrolment file you receive and its one-time passphrase (given another way than the file):</source>
        <translation>2. Avec le fichier d'inscription reçu et sa phrase de passe unique (transmise autrement que le fichier) :</translation>
    </message>
    <message>
        <source>Enrolment file:</source>
        <translation>Fichier d'inscription :</translation>
    </message>
    <message>
        <source>Shared server folder:</source>
        <translation>Dossier partagé du serveur :</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>One-time passphrase:</source>
        <translation>Phrase de passe unique :</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Rejoindre</translation>
    </message>
    <message>
        <source>Enrolment file</source>
        <translation>Fichier d'inscription</translation>
    </message>
    <message>
        <source>Shared server folder</source>
        <translation>Dossier partagé du serveur</translation>
    </message>
    <message>
        <source>Request file</source>
        <translation>Fichier de demande</translation>
    </message>
    <message>
        <source>1. Request file written: %1</source>
        <translation>1. Fichier de demande écrit : %1</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>(double-click to read the whole note)</source>
        <translation>(double-cliquer pour lire la note entière)</translation>
    </message>
    <message>
        <source>Double-click to read the whole note.</source>
        <translation>Double-cliquer pour lire la note entière.</translation>
    </message>
    <message>
        <source>Journal note</source>
        <translation>Note du journal</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>Database key</source>
        <translation>Clé de la base de données</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Issue a new recovery key</source>
        <translation>Émettre une nouvelle clé de récupération</translation>
    </message>
    <message>
        <source>Keep the key in this computer's keystore</source>
        <translation>Garder la clé dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>Protect with a passphrase</source>
        <translation>Protéger par une phrase secrète</translation>
    </message>
    <message>
        <source>Re-encrypt under a new key</source>
        <translation>Rechiffrer avec une nouvelle clé</translation>
    </message>
    <message>
        <source>Every change gives the database a new key and a new recovery key: the old passphrase and the old recovery key stop opening it. Older backups keep theirs.</source>
        <translation>Chaque changement donne à la base une nouvelle clé et une nouvelle clé de récupération : l'ancienne phrase secrète et l'ancienne clé de récupération ne l'ouvrent plus. Les sauvegardes plus anciennes gardent les leurs.</translation>
    </message>
    <message>
        <source>The database was opened with the recovery key. Choose a new passphrase now.</source>
        <translation>La base a été ouverte avec la clé de récupération. Choisissez maintenant une nouvelle phrase secrète.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Répétez-la</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Changing the key…</source>
        <translation>Changement de clé en cours…</translation>
    </message>
    <message>
        <source>Cancelling: the database keeps its key…</source>
        <translation>Annulation : la base de données garde sa clé…</translation>
    </message>
    <message>
        <source>New recovery key: write it down or print it, it is shown only once.</source>
        <translation>Nouvelle clé de récupération : notez-la ou imprimez-la, elle n'est affichée qu'une fois.</translation>
    </message>
</context>
<context>
    <name>LifecycleActions</name>
    <message>
        <source>Right of &amp;access…</source>
        <translation>Droit d'&amp;accès…</translation>
    </message>
    <message>
        <source>&amp;Erase this person…</source>
        <translation>&amp;Effacer cette personne…</translation>
    </message>
    <message>
        <source>&amp;Retention…</source>
        <translation>&amp;Conservation…</translation>
    </message>
    <message>
        <source>Right of access</source>
        <translation>Droit d'accès</translation>
    </message>
    <message>
        <source>These files already exist:
%1
Replace them?</source>
        <translation>Ces fichiers existent déjà :
%1
Les remplacer ?</translation>
    </message>
    <message>
        <source>Nothing was written: the files already exist.</source>
        <translation>Rien n'a été écrit : les fichiers existent déjà.</translation>
    </message>
    <message>
        <source>Writing the right-of-access export…</source>
        <translation>Écriture de l'export du droit d'accès…</translation>
    </message>
    <message>
        <source>Right of access written.</source>
        <translation>Droit d'accès écrit.</translation>
    </message>
    <message>
        <source>Right of access written:
%1</source>
        <translation>Droit d'accès écrit :
%1</translation>
    </message>
    <message>
        <source>Right of access: nothing was written.</source>
        <translation>Droit d'accès : rien n'a été écrit.</translation>
    </message>
    <message>
        <source>Data of %1 erased on this workstation.</source>
        <translation>Données de %1 effacées sur ce poste.</translation>
    </message>
    <message numerus="yes">
        <source>Data of %n person(s) erased on this workstation.</source>
        <translation><numerusform>Données de %n personne effacées sur ce poste.</numerusform><numerusform>Données de %n personnes effacées sur ce poste.</numerusform></translation>
    </message>
    <message>
        <source>The files could not be written there (the folder does not exist or cannot be written to, or the disk is full); nothing was written.</source>
        <translation>Les fichiers n'ont pas pu être écrits à cet endroit (le dossier n'existe pas ou n'est pas accessible en écriture, ou le disque est plein) ; rien n'a été écrit.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>A synchronisation or an erasure is running: try again when it has ended.</source>
        <translation>Une synchronisation ou un effacement est en cours : réessayez quand il sera terminé.</translation>
    </message>
    <message>
        <source>Looking for the persons due for erasure…</source>
        <translation>Recherche des personnes à effacer…</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Effacement…</translation>
    </message>
    <message>
        <source>Erasure done. Compacting the database file (no erased byte stays in it)…</source>
        <translation>Effacement fait. Compactage du fichier de la base de données (aucun octet effacé n'y reste)…</translation>
    </message>
    <message>
        <source>it was cancelled</source>
        <translation>il a été annulé</translation>
    </message>
    <message>
        <source>the database was in use</source>
        <translation>la base de données était utilisée</translation>
    </message>
    <message>
        <source>not enough free disk space: about %1 MB needed, %2 MB free</source>
        <translation>pas assez d'espace libre sur le disque : environ %1 Mo nécessaires, %2 Mo libres</translation>
    </message>
    <message>
        <source>an error occurred</source>
        <translation>une erreur s'est produite</translation>
    </message>
    <message>
        <source>The file could not be compacted (%1): the erased data stay in its free space until the compaction, which runs after the next synchronisation or before the next daily backup.</source>
        <translation>Le fichier n'a pas pu être compacté (%1) : les données effacées restent dans son espace libre jusqu'au compactage, qui se fera après la prochaine synchronisation ou avant la prochaine sauvegarde quotidienne.</translation>
    </message>
    <message>
        <source>Compacting the database file after an erasure…</source>
        <translation>Compactage du fichier de la base de données après un effacement…</translation>
    </message>
    <message>
        <source>Database file compacted: no erased data is left in it.</source>
        <translation>Fichier de la base de données compacté : il ne contient plus aucune donnée effacée.</translation>
    </message>
    <message>
        <source>The order travels with the next synchronisation.</source>
        <translation>L'ordre part avec la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Erasure done; database file compacted.</source>
        <translation>Effacement fait ; fichier de la base compacté.</translation>
    </message>
    <message>
        <source>Erasure done; compaction owed.</source>
        <translation>Effacement fait ; compactage en attente.</translation>
    </message>
    <message>
        <source>Erased data awaiting compaction.</source>
        <translation>Données effacées en attente de compactage.</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>CII Desktop is locked</source>
        <translation>CII Desktop est verrouillé</translation>
    </message>
    <message>
        <source>Personal data is hidden. Synchronisation goes on in the background. Enter your passphrase to continue.</source>
        <translation>Les données personnelles sont masquées. La synchronisation continue en arrière-plan. Saisissez votre phrase secrète pour continuer.</translation>
    </message>
    <message>
        <source>Personal data is hidden. No unlock passphrase is set on this workstation: enter the recovery key to continue.</source>
        <translation>Les données personnelles sont masquées. Aucune phrase secrète de déverrouillage n'est définie sur ce poste : saisissez la clé de récupération pour continuer.</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key instead</source>
        <translation>Utiliser la clé de &amp;récupération</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Wrong recovery key.</source>
        <translation>Clé de récupération incorrecte.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Phrase secrète incorrecte.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Tous les offices</translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation>Toutes les institutions</translation>
    </message>
    <message>
        <source>&amp;Join a network…</source>
        <translation>Rejoindre un &amp;réseau…</translation>
    </message>
    <message>
        <source>DEMO (fictional data)</source>
        <translation>DÉMO (données fictives)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n situation</numerusform>
            <numerusform>%n situations</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a case in the list.</source>
        <translation>Sélectionnez une situation dans la liste.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>Person and case saved.</source>
        <translation>Personne et situation enregistrées.</translation>
    </message>
    <message>
        <source>This workstation joined the network.</source>
        <translation>Ce poste a rejoint le réseau.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Keystore</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>none on this computer (the database is protected by a passphrase)</source>
        <translation>aucun sur cet ordinateur (la base de données est protégée par une phrase de passe)</translation>
    </message>
    <message>
        <source>Secret Service of the desktop (GNOME Keyring, KWallet)</source>
        <translation>Secret Service du bureau (GNOME Keyring, KWallet)</translation>
    </message>
    <message>
        <source>KWallet</source>
        <translation>KWallet</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Gestionnaire d'identification Windows</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>Trousseau macOS</translation>
    </message>
    <message>
        <source>the system's keystore</source>
        <translation>le trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Name, AVS number, reference, commune…</source>
        <translation>Nom, numéro AVS, référence, commune…</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <source>O&amp;ffice:</source>
        <translation>O&amp;ffice :</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution :</translation>
    </message>
    <message>
        <source>Edit &amp;person…</source>
        <translation>Modifier la &amp;personne…</translation>
    </message>
    <message>
        <source>Edit &amp;case…</source>
        <translation>Modifier la &amp;situation…</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>Ajouter une &amp;note…</translation>
    </message>
    <message>
        <source>Add &amp;reminder…</source>
        <translation>Ajouter un &amp;rappel…</translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation>Joindre un &amp;fichier…</translation>
    </message>
    <message>
        <source>Referral path</source>
        <translation>Parcours CII</translation>
    </message>
    <message>
        <source>Evaluation &amp;grid…</source>
        <translation>&amp;Grille d'évaluation…</translation>
    </message>
    <message>
        <source>C&amp;onsent…</source>
        <translation>C&amp;onsentement…</translation>
    </message>
    <message>
        <source>&amp;Target publics…</source>
        <translation>Publics &amp;cibles…</translation>
    </message>
    <message>
        <source>&amp;Announce to the Bureau…</source>
        <translation>&amp;Annoncer au Bureau…</translation>
    </message>
    <message>
        <source>&amp;Warning, disagreement, closure…</source>
        <translation>A&amp;vertissement, désaccord, clôture…</translation>
    </message>
    <message>
        <source>Handlings</source>
        <translation>Prises en charge</translation>
    </message>
    <message>
        <source>O&amp;pen…</source>
        <translation>O&amp;uvrir…</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nouvelle réunion…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>&amp;Open version…</source>
        <translation>&amp;Ouvrir la version…</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historique des statuts</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Enregistrer une copie…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Situation</translation>
    </message>
    <message>
        <source>&amp;Referral</source>
        <translation>&amp;Parcours CII</translation>
    </message>
    <message>
        <source>&amp;Bureau CII</source>
        <translation>&amp;Bureau CII</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <source>&amp;Mark as done</source>
        <translation>&amp;Marquer comme fait</translation>
    </message>
    <message>
        <source>&amp;New person and case…</source>
        <translation>&amp;Nouvelle personne et situation…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Due panel</source>
        <translation>Panneau des é&amp;chéances</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Synchronise now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Conflicts and refused batches…</source>
        <translation>&amp;Conflits et lots refusés…</translation>
    </message>
    <message>
        <source>&amp;Target publics and transitions…</source>
        <translation>Publics &amp;cibles et transitions…</translation>
    </message>
    <message>
        <source>&amp;Announce to the Bureau CII…</source>
        <translation>&amp;Annoncer au Bureau CII…</translation>
    </message>
    <message>
        <source>Table ronde or &amp;network meeting…</source>
        <translation>Table ronde ou entretien de &amp;réseau…</translation>
    </message>
    <message>
        <source>&amp;Announcements to decide…</source>
        <translation>&amp;Annonces à décider…</translation>
    </message>
    <message>
        <source>CII &amp;alerts…</source>
        <translation>&amp;Alertes CII…</translation>
    </message>
    <message>
        <source>&amp;Transitions register…</source>
        <translation>Registre des &amp;transitions…</translation>
    </message>
    <message>
        <source>&amp;About CII Desktop</source>
        <translation>À &amp;propos de CII Desktop</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns found</source>
        <translation>Colonnes trouvées</translation>
    </message>
    <message>
        <source>Column of the register</source>
        <translation>Colonne du registre</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>En-tête dans le fichier</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n ligne lue.</numerusform>
            <numerusform>%n lignes lues.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Table ronde (without the person)</source>
        <translation>Table ronde (sans la personne)</translation>
    </message>
    <message>
        <source>Network meeting (with the person's agreement)</source>
        <translation>Entretien de réseau (avec l'accord de la personne)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent/e</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Deadline (dd.mm.yyyy)</source>
        <translation>Échéance (jj.mm.aaaa)</translation>
    </message>
    <message>
        <source>Held without the person, between professionals.</source>
        <translation>Tenue sans la personne, entre professionnel/les.</translation>
    </message>
    <message>
        <source>Needs the person's agreement (procuration CII or legal basis).</source>
        <translation>Nécessite l'accord de la personne (procuration CII ou base légale).</translation>
    </message>
    <message>
        <source>Minutes saved.</source>
        <translation>Procès-verbal enregistré.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Date (dd.mm.yyyy):</source>
        <translation>&amp;Date (jj.mm.aaaa) :</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>&amp;Coordinator:</source>
        <translation>&amp;Coordinateur/trice :</translation>
    </message>
    <message>
        <source>&amp;Invited institutions:</source>
        <translation>&amp;Institutions invitées :</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Planifier</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <source>&amp;Held on (dd.mm.yyyy):</source>
        <translation>&amp;Tenu le (jj.mm.aaaa) :</translation>
    </message>
    <message>
        <source>Partici&amp;pants (tick who was present):</source>
        <translation>Partici&amp;pant/es (cochez les présent/es) :</translation>
    </message>
    <message>
        <source>&amp;Add a participant</source>
        <translation>&amp;Ajouter un/e participant/e</translation>
    </message>
    <message>
        <source>Remove the participant</source>
        <translation>Retirer le/la participant/e</translation>
    </message>
    <message>
        <source>Situation as &amp;presented:</source>
        <translation>Situation &amp;présentée :</translation>
    </message>
    <message>
        <source>Problems c&amp;larified:</source>
        <translation>Problèmes c&amp;larifiés :</translation>
    </message>
    <message>
        <source>&amp;Decisions:</source>
        <translation>&amp;Décisions :</translation>
    </message>
    <message>
        <source>&amp;Recommended handling:</source>
        <translation>Prise en charge &amp;recommandée :</translation>
    </message>
    <message>
        <source>&amp;Outcome (once held):</source>
        <translation>&amp;Résultat (une fois tenue) :</translation>
    </message>
    <message>
        <source>&amp;Next steps (each becomes a reminder):</source>
        <translation>Prochai&amp;nes étapes (chacune devient un rappel) :</translation>
    </message>
    <message>
        <source>Add a s&amp;tep</source>
        <translation>Ajouter une é&amp;tape</translation>
    </message>
    <message>
        <source>Remove the step</source>
        <translation>Retirer l'étape</translation>
    </message>
    <message>
        <source>Dis&amp;tribution list:</source>
        <translation>&amp;Liste de distribution :</translation>
    </message>
    <message>
        <source>Save the &amp;minutes</source>
        <translation>Enregistrer le procès-&amp;verbal</translation>
    </message>
    <message>
        <source>P&amp;rint and sign…</source>
        <translation>Imp&amp;rimer et signer…</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The AVS number may only contain digits, dots and spaces.</source>
        <translation>Le numéro AVS ne peut contenir que des chiffres, des points et des espaces.</translation>
    </message>
    <message>
        <source>The AVS number has 13 digits (756.XXXX.XXXX.XC).</source>
        <translation>Le numéro AVS compte 13 chiffres (756.XXXX.XXXX.XC).</translation>
    </message>
    <message>
        <source>A Swiss AVS number starts with 756.</source>
        <translation>Un numéro AVS suisse commence par 756.</translation>
    </message>
    <message>
        <source>The AVS number is not valid: its check digit does not match.</source>
        <translation>Le numéro AVS n'est pas valable : son chiffre de contrôle ne correspond pas.</translation>
    </message>
    <message>
        <source>Enter the date as dd.mm.yyyy.</source>
        <translation>Saisissez la date sous la forme jj.mm.aaaa.</translation>
    </message>
    <message>
        <source>This date does not exist.</source>
        <translation>Cette date n'existe pas.</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation>La date de naissance ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The birth date is before 1900.</source>
        <translation>La date de naissance est antérieure à 1900.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>This e-mail address is not valid.</source>
        <translation>Cette adresse électronique n'est pas valable.</translation>
    </message>
    <message>
        <source>The language must be French or German.</source>
        <translation>La langue doit être le français ou l'allemand.</translation>
    </message>
    <message>
        <source>Unknown value.</source>
        <translation>Valeur inconnue.</translation>
    </message>
    <message>
        <source>A closed case needs a closing date.</source>
        <translation>Une situation clôturée doit avoir une date de clôture.</translation>
    </message>
    <message>
        <source>The closing date is before the opening date.</source>
        <translation>La date de clôture précède la date d'ouverture.</translation>
    </message>
    <message>
        <source>The file is larger than 50 MB.</source>
        <translation>Le fichier dépasse 50 Mo.</translation>
    </message>
    <message>
        <source>This text holds invisible control characters (such as NUL, ESC or a direction override); remove them.</source>
        <translation>Ce texte contient des caractères de contrôle invisibles (par exemple NUL, ESC ou une inversion du sens d'écriture) ; veuillez les supprimer.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Ce texte est trop long.</translation>
    </message>
    <message>
        <source>The database could not be used.</source>
        <translation>La base de données n'a pas pu être utilisée.</translation>
    </message>
    <message>
        <source>The key does not open this database. Nothing was changed.</source>
        <translation>La clé n'ouvre pas cette base de données. Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a CII Desktop database.</source>
        <translation>Le fichier de base de données est endommagé ou n'est pas une base CII Desktop.</translation>
    </message>
    <message>
        <source>There is no CII Desktop database in this folder.</source>
        <translation>Ce dossier ne contient pas de base de données CII Desktop.</translation>
    </message>
    <message>
        <source>A database already exists in this folder; it was left untouched.</source>
        <translation>Une base de données existe déjà dans ce dossier ; elle n'a pas été touchée.</translation>
    </message>
    <message>
        <source>The key information file beside the database is missing. Restore it from the backup; the database was left untouched.</source>
        <translation>Le fichier d'information sur la clé, à côté de la base de données, manque. Restaurez-le depuis la sauvegarde ; la base de données n'a pas été touchée.</translation>
    </message>
    <message>
        <source>The keystore has no key for this database. Enter the recovery key; no new key was created and nothing was overwritten.</source>
        <translation>Le trousseau de clés ne contient pas de clé pour cette base de données. Saisissez la clé de récupération ; aucune nouvelle clé n'a été créée et rien n'a été écrasé.</translation>
    </message>
    <message>
        <source>No usable keystore on this computer. Choose a passphrase instead.</source>
        <translation>Pas de trousseau de clés utilisable sur cet ordinateur. Choisissez plutôt une phrase secrète.</translation>
    </message>
    <message>
        <source>This database is protected by a passphrase.</source>
        <translation>Cette base de données est protégée par une phrase secrète.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Nothing was changed.</source>
        <translation>Phrase secrète incorrecte. Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The passphrase needs at least 12 characters.</source>
        <translation>La phrase secrète doit compter au moins 12 caractères.</translation>
    </message>
    <message>
        <source>This recovery key does not open this database.</source>
        <translation>Cette clé de récupération n'ouvre pas cette base de données.</translation>
    </message>
    <message>
        <source>The disk is full: the last change was not saved. Free some space and retry.</source>
        <translation>Le disque est plein : la dernière modification n'a pas été enregistrée. Libérez de l'espace et réessayez.</translation>
    </message>
    <message>
        <source>The data folder cannot be written to.</source>
        <translation>Impossible d'écrire dans le dossier de données.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of CII Desktop. Update CII Desktop; the database was left untouched.</source>
        <translation>Cette base de données a été écrite par une version plus récente de CII Desktop. Mettez à jour CII Desktop ; la base de données n'a pas été modifiée.</translation>
    </message>
    <message>
        <source>The passphrase file cannot be read.</source>
        <translation>Le fichier de la phrase secrète ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The recovery key file cannot be read.</source>
        <translation>Le fichier de la clé de récupération ne peut pas être lu.</translation>
    </message>
    <message>
        <source>A passphrase is needed: --passphrase-file or CII_DESKTOP_PASSPHRASE.</source>
        <translation>Une phrase secrète est nécessaire : --passphrase-file ou CII_DESKTOP_PASSPHRASE.</translation>
    </message>
    <message>
        <source>A setting was ignored: its value is not one CII Desktop knows, or a folder there is not a full path (such as C:\CII or /home/name/cii). The next source is used (Settings, machine presets, default).</source>
        <translation>Un réglage a été ignoré : sa valeur n'est pas connue de CII Desktop, ou un dossier n'y est pas donné par son chemin complet (comme C:\CII ou /home/nom/cii). La source suivante est utilisée (Paramètres, préréglages du poste, valeur par défaut).</translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation>Un fichier n'a pas pu être lu ou écrit.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was created.</source>
        <translation>Les deux phrases secrètes diffèrent ; rien n'a été créé.</translation>
    </message>
    <message>
        <source>Give --case, --document and --out (or --list).</source>
        <translation>Indiquez --case, --document et --out (ou --list).</translation>
    </message>
    <message>
        <source>No case with this reference in this data folder.</source>
        <translation>Aucun dossier avec cette référence dans ce dossier de données.</translation>
    </message>
    <message>
        <source>The one-time passphrase is needed: type it, or set CII_DESKTOP_ENROLMENT_PASSPHRASE.</source>
        <translation>La phrase de passe unique est nécessaire : tapez-la ou définissez CII_DESKTOP_ENROLMENT_PASSPHRASE.</translation>
    </message>
    <message>
        <source>This workstation has not joined a sync network yet.</source>
        <translation>Ce poste n'a pas encore rejoint de réseau de synchronisation.</translation>
    </message>
    <message>
        <source>This workstation already belongs to a network; nothing was changed.</source>
        <translation>Ce poste fait déjà partie d'un réseau ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Only the administrator workstation of the network can do this.</source>
        <translation>Seul le poste administrateur du réseau peut le faire.</translation>
    </message>
    <message>
        <source>This workstation is not in the network's roster.</source>
        <translation>Ce poste ne figure pas dans la liste des postes du réseau.</translation>
    </message>
    <message>
        <source>The administrator workstation cannot revoke itself.</source>
        <translation>Le poste administrateur ne peut pas se révoquer lui-même.</translation>
    </message>
    <message>
        <source>Unknown institution or office code.</source>
        <translation>Code d'institution ou d'office inconnu.</translation>
    </message>
    <message>
        <source>An audit file on the shared folder could not be taken over (damaged, forged or out of order); the others were. Tell the data-protection officer.</source>
        <translation>Un fichier d'audit du dossier partagé n'a pas pu être repris (endommagé, falsifié ou hors séquence) ; les autres l'ont été. Informez le/la conseiller/ère à la protection des données.</translation>
    </message>
    <message>
        <source>Unknown role: see the roles of the permissions table.</source>
        <translation>Rôle inconnu : voir les rôles du tableau des autorisations.</translation>
    </message>
    <message>
        <source>This file is not a CII Desktop enrolment file.</source>
        <translation>Ce fichier n'est pas un fichier d'inscription CII Desktop.</translation>
    </message>
    <message>
        <source>This file is not a CII Desktop enrolment request.</source>
        <translation>Ce fichier n'est pas une demande d'inscription CII Desktop.</translation>
    </message>
    <message>
        <source>Wrong one-time passphrase for this enrolment file.</source>
        <translation>Phrase de passe unique incorrecte pour ce fichier d'inscription.</translation>
    </message>
    <message>
        <source>This enrolment file was made for another workstation.</source>
        <translation>Ce fichier d'inscription a été établi pour un autre poste.</translation>
    </message>
    <message>
        <source>The network's roster on the shared folder is damaged.</source>
        <translation>La liste des postes du réseau sur le dossier partagé est endommagée.</translation>
    </message>
    <message>
        <source>A roster on the shared folder is not signed by the network's administrator; it was ignored.</source>
        <translation>Une liste des postes sur le dossier partagé n'est pas signée par l'administrateur/trice du réseau ; elle a été ignorée.</translation>
    </message>
    <message>
        <source>A roster on the shared folder belongs to another network; it was ignored.</source>
        <translation>Une liste des postes sur le dossier partagé appartient à un autre réseau ; elle a été ignorée.</translation>
    </message>
    <message>
        <source>The shared folder cannot be reached: working offline.</source>
        <translation>Le dossier partagé est inaccessible : travail hors ligne.</translation>
    </message>
    <message>
        <source>The shared folder is full: nothing was sent. Your changes are kept.</source>
        <translation>Le dossier partagé est plein : rien n'a été envoyé. Vos modifications sont conservées.</translation>
    </message>
    <message>
        <source>The shared folder already holds a different batch under this workstation's number (a restored copy of the database?). Contact the CII bureau.</source>
        <translation>Le dossier partagé contient déjà un autre lot sous le numéro de ce poste (copie restaurée de la base ?). Contactez le bureau CII.</translation>
    </message>
    <message>
        <source>This file already exists; it was not overwritten.</source>
        <translation>Ce fichier existe déjà ; il n'a pas été écrasé.</translation>
    </message>
    <message>
        <source>A key file on the shared folder is damaged; it was ignored.</source>
        <translation>Un fichier de clés du dossier partagé est endommagé ; il a été ignoré.</translation>
    </message>
    <message>
        <source>The network's new batch key was not sealed for this workstation: ask the CII bureau to enrol it again.</source>
        <translation>La nouvelle clé des lots du réseau n'a pas été scellée pour ce poste : demandez au Bureau CII de l'inscrire à nouveau.</translation>
    </message>
    <message>
        <source>The request's signing key is not a valid Ed25519 public key; nothing was changed.</source>
        <translation>La clé de signature de la demande n'est pas une clé publique Ed25519 valable ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The request's exchange key is not a valid X25519 public key (a request made by an older version?); nothing was changed.</source>
        <translation>La clé d'échange de la demande n'est pas une clé publique X25519 valable (demande faite par une version plus ancienne ?) ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>This workstation is already in the roster; nothing was changed. To give it new keys, use network re-enrol.</source>
        <translation>Ce poste figure déjà dans la liste des postes ; rien n'a été modifié. Pour lui donner de nouvelles clés, utilisez network re-enrol.</translation>
    </message>
    <message>
        <source>This workstation was revoked; it can never be enrolled again. Make a new request from a new data folder.</source>
        <translation>Ce poste a été révoqué ; il ne peut plus jamais être inscrit. Faites une nouvelle demande depuis un nouveau dossier de données.</translation>
    </message>
    <message>
        <source>Give the end of validity as YYYY-MM-DD.</source>
        <translation>Indiquez la fin de validité sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The end of validity is in the past; nothing was changed.</source>
        <translation>La fin de validité est dans le passé ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The shared folder cannot be reached: the revocation needs it to know the workstation's last valid batch. Nothing was changed; try again when it is reachable.</source>
        <translation>Le dossier partagé est inaccessible : la révocation en a besoin pour connaître le dernier lot valable du poste. Rien n'a été modifié ; réessayez quand il sera accessible.</translation>
    </message>
    <message>
        <source>This folder is not the network's shared folder (empty, a server folder not connected, or another network's): the revocation needs the network's shared folder to know the workstation's last valid batch. Nothing was changed; check the path or ask IT to connect the server folder, then try again.</source>
        <translation>Ce dossier n'est pas le dossier partagé du réseau (vide, dossier du serveur non connecté ou dossier d'un autre réseau) : la révocation a besoin du dossier partagé du réseau pour connaître le dernier lot valable du poste. Rien n'a été modifié ; vérifiez le chemin ou demandez à l'informatique de connecter le dossier du serveur, puis réessayez.</translation>
    </message>
    <message>
        <source>A workstation of the roster has a damaged exchange key, so the new batch key cannot be sealed for it: nothing was changed. Re-enrol that workstation, then revoke again.</source>
        <translation>Un poste de la liste a une clé d'échange endommagée : la nouvelle clé des lots ne peut pas être scellée pour lui, rien n'a été modifié. Inscrivez ce poste à nouveau, puis révoquez encore.</translation>
    </message>
    <message>
        <source>Done on this workstation, but the shared folder could not be written: run the same command again (or sync) to publish it.</source>
        <translation>Fait sur ce poste, mais le dossier partagé n'a pas pu être écrit : relancez la même commande (ou synchronisez) pour le publier.</translation>
    </message>
    <message>
        <source>A roster file on the shared folder holds another version than its name says (rolled back?); it was ignored and the CII bureau's workstation puts it back at its next sync.</source>
        <translation>Un fichier de la liste des postes sur le dossier partagé contient une autre version que celle de son nom (remis à une version antérieure ?) ; il a été ignoré et le poste du bureau CII le rétablit à sa prochaine synchronisation.</translation>
    </message>
    <message>
        <source>A roster file on the shared folder differs from the version this workstation holds; it was ignored and the CII bureau's workstation puts it back at its next sync.</source>
        <translation>Un fichier de la liste des postes sur le dossier partagé diffère de la version que ce poste détient ; il a été ignoré et le poste du bureau CII le rétablit à sa prochaine synchronisation.</translation>
    </message>
    <message>
        <source>A roster version on the shared folder does not follow the one this workstation holds; it was ignored. Contact the CII bureau.</source>
        <translation>Une version de la liste des postes sur le dossier partagé ne fait pas suite à celle que ce poste détient ; elle a été ignorée. Contactez le bureau CII.</translation>
    </message>
    <message>
        <source>A roster file on the shared folder was missing or altered; it was put back.</source>
        <translation>Un fichier de la liste des postes manquait ou était modifié sur le dossier partagé ; il a été rétabli.</translation>
    </message>
    <message>
        <source>A roster file on the shared folder was not signed by this workstation; it was moved aside (renamed .refused-…).</source>
        <translation>Un fichier de la liste des postes sur le dossier partagé n'a pas été signé par ce poste ; il a été mis de côté (renommé .refused-…).</translation>
    </message>
    <message>
        <source>A key file on the shared folder was not signed by this workstation; it was moved aside (renamed .refused-…).</source>
        <translation>Un fichier de clés sur le dossier partagé n'a pas été signé par ce poste ; il a été mis de côté (renommé .refused-…).</translation>
    </message>
    <message>
        <source>The data folder cannot be inside the shared folder (nor the shared folder inside the data folder): the database never lives on the share. Choose other folders.</source>
        <translation>Le dossier de données ne peut pas se trouver dans le dossier partagé (ni le dossier partagé dans le dossier de données) : la base de données ne vit jamais sur le partage. Choisissez d'autres dossiers.</translation>
    </message>
    <message>
        <source>Not a CII Desktop batch, or damaged.</source>
        <translation>Pas un lot CII Desktop, ou endommagé.</translation>
    </message>
    <message>
        <source>Batch written by another version of the format.</source>
        <translation>Lot écrit dans une autre version du format.</translation>
    </message>
    <message>
        <source>Batch incomplete (cut off).</source>
        <translation>Lot incomplet (tronqué).</translation>
    </message>
    <message>
        <source>Batch altered after it was written.</source>
        <translation>Lot modifié après son écriture.</translation>
    </message>
    <message>
        <source>Batch of another network.</source>
        <translation>Lot d'un autre réseau.</translation>
    </message>
    <message>
        <source>Batch of a workstation that is not enrolled.</source>
        <translation>Lot d'un poste non inscrit.</translation>
    </message>
    <message>
        <source>Signature not valid: batch forged or altered.</source>
        <translation>Signature non valable : lot falsifié ou modifié.</translation>
    </message>
    <message>
        <source>Batch of a revoked workstation.</source>
        <translation>Lot d'un poste révoqué.</translation>
    </message>
    <message>
        <source>Batch found in another workstation's folder.</source>
        <translation>Lot trouvé dans le dossier d'un autre poste.</translation>
    </message>
    <message>
        <source>Batch number already used: an old batch replayed.</source>
        <translation>Numéro de lot déjà utilisé : ancien lot rejoué.</translation>
    </message>
    <message>
        <source>Batch does not follow the previous one of its workstation.</source>
        <translation>Le lot ne suit pas le précédent de son poste.</translation>
    </message>
    <message>
        <source>An attached file is missing from the batch.</source>
        <translation>Un fichier joint manque dans le lot.</translation>
    </message>
    <message>
        <source>Batch refers to records this workstation does not have.</source>
        <translation>Le lot se réfère à des enregistrements absents de ce poste.</translation>
    </message>
    <message>
        <source>Batch contains data this version does not know.</source>
        <translation>Le lot contient des données inconnues de cette version.</translation>
    </message>
    <message>
        <source>The folder given is not this network's shared folder (empty, not connected, or another network's): working offline. Check the path or ask IT to connect the server folder.</source>
        <translation>Le dossier indiqué n'est pas le dossier partagé de ce réseau (vide, non connecté ou d'un autre réseau) : travail hors ligne. Vérifiez le chemin ou demandez à l'informatique de connecter le dossier du serveur.</translation>
    </message>
    <message>
        <source>The shared folder can be read but not written: received only, nothing was sent. Your changes are kept; ask IT for write access.</source>
        <translation>Le dossier partagé est lisible mais pas modifiable : réception seulement, rien n'a été envoyé. Vos modifications sont conservées ; demandez à l'informatique l'accès en écriture.</translation>
    </message>
    <message>
        <source>This workstation's folder on the shared folder cannot be written: nothing was sent. Your changes are kept; ask IT for write access.</source>
        <translation>Le dossier de ce poste sur le dossier partagé n'est pas modifiable : rien n'a été envoyé. Vos modifications sont conservées ; demandez à l'informatique l'accès en écriture.</translation>
    </message>
    <message>
        <source>A workstation's folder or file on the shared folder cannot be read: its changes wait, the others were received. Ask IT to check the access rights.</source>
        <translation>Le dossier ou un fichier d'un poste sur le dossier partagé est illisible : ses modifications attendent, les autres ont été reçues. Demandez à l'informatique de vérifier les droits d'accès.</translation>
    </message>
    <message>
        <source>The shared folder holds the folder of a workstation that is not in the network's roster: it is ignored. The CII bureau can remove it.</source>
        <translation>Le dossier partagé contient le dossier d'un poste absent de la liste du réseau : il est ignoré. Le bureau CII peut le supprimer.</translation>
    </message>
    <message>
        <source>A file on the shared folder was not written by the workstation whose number it bears (planted or damaged): it was refused and skipped. Tell the CII bureau.</source>
        <translation>Un fichier du dossier partagé n'a pas été écrit par le poste dont il porte le numéro (déposé par un tiers ou endommagé) : il a été refusé et sauté. Informez le bureau CII.</translation>
    </message>
    <message>
        <source>A file this workstation did not write took its next number on the shared folder: the number was skipped and your changes were sent under the next one. Tell the CII bureau.</source>
        <translation>Un fichier que ce poste n'a pas écrit occupait son prochain numéro sur le dossier partagé : le numéro a été sauté et vos modifications envoyées sous le suivant. Informez le bureau CII.</translation>
    </message>
    <message>
        <source>A sync of this data folder is already running: nothing was done. Try again in a moment.</source>
        <translation>Une synchronisation de ce dossier de données est déjà en cours : rien n'a été fait. Réessayez dans un moment.</translation>
    </message>
    <message>
        <source>Restored from a backup: your own batches published after the backup were taken back from the shared folder (their number in brackets); nothing was lost and your new changes follow them.</source>
        <translation>Restauré depuis une sauvegarde : vos propres lots publiés après la sauvegarde ont été repris du dossier partagé (leur nombre entre crochets) ; rien n'est perdu et vos nouvelles modifications les suivent.</translation>
    </message>
    <message>
        <source>Restored from a backup: some of your own batches on the shared folder were made after colleagues' batches not received yet; they are taken back once those arrive. Your new changes are kept here until then.</source>
        <translation>Restauré depuis une sauvegarde : certains de vos propres lots du dossier partagé ont été faits après des lots de collègues pas encore reçus ; ils seront repris dès que ceux-ci arrivent. D'ici là, vos nouvelles modifications restent sur ce poste.</translation>
    </message>
    <message>
        <source>Restored from a backup: colleagues have applied your own batches up to the number in brackets, but some of them are no longer readable on the shared folder (deleted or damaged), and their workstations do not say which batch they hold last (an older version of the app). Nothing is sent meanwhile, so that nothing is refused; your changes are kept here and go out by themselves once those colleagues have synchronised with the current version. If this lasts, contact the CII bureau.</source>
        <translation>Restauré depuis une sauvegarde : des collègues ont appliqué vos propres lots jusqu'au numéro entre crochets, mais certains ne sont plus lisibles dans le dossier partagé (supprimés ou endommagés) et leurs postes n'indiquent pas quel lot ils détiennent en dernier (ancienne version de l'application). Rien n'est envoyé entre-temps, pour que rien ne soit refusé ; vos modifications sont conservées ici et partiront d'elles-mêmes dès que ces collègues auront synchronisé avec la version actuelle. Si cela dure, contactez le bureau CII.</translation>
    </message>
    <message>
        <source>Restored from a backup: colleagues had applied your own batches up to the number in brackets, which are no longer readable on the shared folder. This workstation goes on after them and your new changes reach everyone. What those batches carried (changes made here between the backup and their loss) is on your colleagues' workstations but not on this one: check with a colleague the cases you changed in that time and enter again here what is missing.</source>
        <translation>Restauré depuis une sauvegarde : des collègues avaient appliqué vos propres lots jusqu'au numéro entre crochets, qui ne sont plus lisibles dans le dossier partagé. Ce poste continue après eux et vos nouvelles modifications parviennent à tous. Ce que ces lots contenaient (les modifications faites ici entre la sauvegarde et leur perte) se trouve sur les postes de vos collègues mais pas sur celui-ci : vérifiez avec un collègue les dossiers que vous avez modifiés pendant cette période et saisissez à nouveau ici ce qui manque.</translation>
    </message>
    <message>
        <source>Changes of a workstation wait for one of its batches that is missing or damaged on the shared folder; that workstation sends it again at its next sync. If this lasts, check that it still syncs.</source>
        <translation>Des modifications d'un poste attendent un de ses lots manquant ou endommagé sur le dossier partagé ; ce poste le renvoie à sa prochaine synchronisation. Si cela dure, vérifiez qu'il se synchronise encore.</translation>
    </message>
    <message>
        <source>A workstation's clock is off: its changes were applied, its time was not adopted. Ask for its clock to be set.</source>
        <translation>L'horloge d'un poste est décalée : ses modifications ont été appliquées, son heure n'a pas été reprise. Faites régler son horloge.</translation>
    </message>
    <message>
        <source>A revoked workstation is still publishing: its new batches are refused. Tell the CII bureau.</source>
        <translation>Un poste révoqué publie encore : ses nouveaux lots sont refusés. Informez le bureau CII.</translation>
    </message>
    <message>
        <source>Batch file far larger than any batch the app writes: refused without being read.</source>
        <translation>Fichier de lot bien plus grand que tout lot écrit par l'application : refusé sans être lu.</translation>
    </message>
    <message>
        <source>A workstation of the network uses a newer version of CII Desktop: its batches wait here until you update CII Desktop.</source>
        <translation>Un poste du réseau utilise une version plus récente de CII Desktop : ses lots attendent ici jusqu'à ce que vous mettiez à jour CII Desktop.</translation>
    </message>
    <message>
        <source>A rating is outside the grid's scale or names an unknown domain.</source>
        <translation>Une appréciation est hors de l'échelle de la grille ou désigne un domaine inconnu.</translation>
    </message>
    <message>
        <source>Give a reason when choosing another level than the one the grid proposes.</source>
        <translation>Indiquez un motif si vous choisissez un autre niveau que celui proposé par la grille.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Cette date est dans le futur.</translation>
    </message>
    <message>
        <source>Tick at least one institution that may exchange information.</source>
        <translation>Cochez au moins une institution autorisée à échanger des informations.</translation>
    </message>
    <message>
        <source>The end of validity is before the date of the procuration.</source>
        <translation>La fin de validité précède la date de la procuration.</translation>
    </message>
    <message>
        <source>This consent was already revoked.</source>
        <translation>Ce consentement a déjà été révoqué.</translation>
    </message>
    <message>
        <source>Only a situation the grid rates CII complexe is announced to the Bureau (CII100.1); give the reason to announce it anyway.</source>
        <translation>Seule une situation que la grille évalue en CII complexe est annoncée au Bureau (CII100.1) ; indiquez le motif pour l'annoncer malgré tout.</translation>
    </message>
    <message>
        <source>This target public's row of the directive does not go in that direction (rows 10 and 11: no announcement to the ORP).</source>
        <translation>La ligne de la directive pour ce public cible ne va pas dans ce sens (lignes 10 et 11 : pas d'annonce à l'ORP).</translation>
    </message>
    <message>
        <source>A transition is voluntary unless the person already receives social assistance: record the person's procuration (or the legal basis) first.</source>
        <translation>Une transition se fait sur une base volontaire, sauf si la personne est déjà au bénéfice de l'aide sociale : enregistrez d'abord sa procuration (ou la base légale).</translation>
    </message>
    <message>
        <source>An evaluation grid is needed before announcing the situation.</source>
        <translation>Une grille d'évaluation est nécessaire avant d'annoncer la situation.</translation>
    </message>
    <message>
        <source>A signed procuration CII or a recorded legal basis is needed before announcing: nothing was sent.</source>
        <translation>Une procuration CII signée ou une base légale enregistrée est nécessaire avant l'annonce : rien n'a été envoyé.</translation>
    </message>
    <message>
        <source>The person refused: the situation cannot be announced.</source>
        <translation>La personne a refusé : la situation ne peut pas être annoncée.</translation>
    </message>
    <message>
        <source>This announcement was already decided.</source>
        <translation>Cette annonce a déjà fait l'objet d'une décision.</translation>
    </message>
    <message>
        <source>The person does not meet the tandem's conditions: give the reason to open it all the same.</source>
        <translation>La personne ne remplit pas les conditions du tandem : indiquez le motif pour l'ouvrir malgré tout.</translation>
    </message>
    <message>
        <source>Choose the handling (assessment, table ronde or tandem).</source>
        <translation>Choisissez la prise en charge (assessment, table ronde ou tandem).</translation>
    </message>
    <message>
        <source>Give the reason and the suggestions for the announcing professional.</source>
        <translation>Indiquez le motif et les suggestions pour le/la professionnel/le annonçant/e.</translation>
    </message>
    <message>
        <source>A written warning is only for job seekers without rights (LSE).</source>
        <translation>L'avertissement écrit concerne uniquement les demandeurs/euses d'emploi sans droit (LSE).</translation>
    </message>
    <message>
        <source>Choose the outcome of the closure.</source>
        <translation>Choisissez le motif de la clôture.</translation>
    </message>
    <message>
        <source>Unknown kind of document.</source>
        <translation>Type de document inconnu.</translation>
    </message>
    <message>
        <source>This case has no record of that kind to print yet.</source>
        <translation>Ce dossier n'a pas encore d'élément de ce type à imprimer.</translation>
    </message>
    <message>
        <source>This document is signed: it cannot be changed. Print a new version instead.</source>
        <translation>Ce document est signé : il ne peut plus être modifié. Imprimez plutôt une nouvelle version.</translation>
    </message>
    <message>
        <source>The scanned copy must be a PDF or an image (PNG, JPEG).</source>
        <translation>La copie scannée doit être un PDF ou une image (PNG, JPEG).</translation>
    </message>
    <message>
        <source>The printer could not be used; nothing was printed.</source>
        <translation>L'imprimante n'a pas pu être utilisée ; rien n'a été imprimé.</translation>
    </message>
    <message>
        <source>This version is signed: it prints in the language it was signed in, not the one asked.</source>
        <translation>Cette version est signée : elle s'imprime dans la langue de sa signature, pas dans celle demandée.</translation>
    </message>
    <message>
        <source>This document's stored content is damaged and cannot be printed; its other versions and the records are unaffected.</source>
        <translation>Le contenu enregistré de ce document est endommagé et ne peut pas être imprimé ; ses autres versions et les données du dossier ne sont pas touchées.</translation>
    </message>
    <message>
        <source>The interview is before the start of the tandem (or the tandem has not started).</source>
        <translation>L'entretien précède le début du tandem (ou le tandem n'a pas commencé).</translation>
    </message>
    <message>
        <source>A network meeting needs the person's agreement: record the procuration CII first.</source>
        <translation>Un entretien de réseau demande l'accord de la personne : enregistrez d'abord la procuration CII.</translation>
    </message>
    <message>
        <source>Mark at least one participant as present.</source>
        <translation>Indiquez au moins un/e participant/e présent/e.</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (xlsx) or is damaged. Nothing was imported.</source>
        <translation>Le fichier n'est pas un classeur Excel (xlsx) ou il est endommagé. Rien n'a été importé.</translation>
    </message>
    <message>
        <source>No header row of the register was found (Nom / Name, Prénom / Vorname, …).</source>
        <translation>Aucune ligne d'en-tête du registre n'a été trouvée (Nom / Name, Prénom / Vorname, …).</translation>
    </message>
    <message>
        <source>A required column is missing.</source>
        <translation>Une colonne obligatoire manque.</translation>
    </message>
    <message>
        <source>The register has too many rows (100,000 at most).</source>
        <translation>Le registre a trop de lignes (100 000 au plus).</translation>
    </message>
    <message>
        <source>The same situation (person, announcement date and institution) is already on an earlier row.</source>
        <translation>La même situation (personne, date d'annonce et institution) figure déjà sur une ligne précédente.</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>Le texte est trop long.</translation>
    </message>
    <message>
        <source>This date is before the announcement date.</source>
        <translation>Cette date est antérieure à la date d'annonce.</translation>
    </message>
    <message>
        <source>A state or an outcome needs the Bureau's decision to be an assessment, a TRO or a tandem.</source>
        <translation>Un état ou un résultat exige que le Bureau ait décidé un assessment, une TRO ou un tandem.</translation>
    </message>
    <message>
        <source>This outcome does not apply to this handling.</source>
        <translation>Ce résultat ne s'applique pas à cette prise en charge.</translation>
    </message>
    <message>
        <source>An outcome needs the handling to have been held (state in progress or closed).</source>
        <translation>Un résultat exige que la prise en charge ait eu lieu (état en cours ou terminé).</translation>
    </message>
    <message>
        <source>An outcome of an assessment or a tandem needs the state closed.</source>
        <translation>Le résultat d'un assessment ou d'un tandem exige l'état terminé.</translation>
    </message>
    <message>
        <source>Possible duplicate: a person with this name and birth date is already recorded with another AVS number; a separate person was created.</source>
        <translation>Doublon possible : une personne de même nom et date de naissance est déjà enregistrée avec un autre numéro AVS ; une personne distincte a été créée.</translation>
    </message>
    <message>
        <source>Possible duplicate: a person with this name and birth date is already recorded without an AVS number; a separate person was created.</source>
        <translation>Doublon possible : une personne de même nom et date de naissance est déjà enregistrée sans numéro AVS ; une personne distincte a été créée.</translation>
    </message>
    <message>
        <source>Several persons with this name and birth date are recorded and the row has no AVS number to tell which one: this row was not imported (add the AVS number to the row, or record the situation from the person's record).</source>
        <translation>Plusieurs personnes de même nom et date de naissance sont enregistrées et la ligne n'a pas de numéro AVS pour dire laquelle : cette ligne n'a pas été importée (ajoutez le numéro AVS à la ligne, ou enregistrez la situation depuis la fiche de la personne).</translation>
    </message>
    <message>
        <source>Row {row}</source>
        <translation>Ligne {row}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>{rows}: {valid}, {invalid}; {new}, {matched}; {already}.</source>
        <translation>{rows} : {valid}, {invalid} ; {new}, {matched} ; {already}.</translation>
    </message>
    <message>
        <source>Situations imported before: {updated}, {unchanged}, {refused} (reasons above).</source>
        <translation>Situations déjà importées : {updated}, {unchanged}, {refused} (motifs ci-dessus).</translation>
    </message>
    <message>
        <source>{count}.</source>
        <translation>{count}.</translation>
    </message>
    <message>
        <source>Demo data folder {folder}: {persons}, {cases} (key: {key}).</source>
        <translation>Dossier de démonstration {folder} : {persons}, {cases} (clé : {key}).</translation>
    </message>
    <message>
        <source>{file}: {size}</source>
        <translation>{file} : {size}</translation>
    </message>
    <message>
        <source>Joined network {network} ({count}).</source>
        <translation>Réseau {network} rejoint ({count}).</translation>
    </message>
    <message>
        <source>The Bureau's decision differs from the one recorded for this situation: correct it in the situation itself. This row was not applied.</source>
        <translation>La décision du Bureau diffère de celle enregistrée pour cette situation : corrigez-la dans la situation elle-même. Cette ligne n'a pas été appliquée.</translation>
    </message>
    <message>
        <source>Situations imported before: {updated}, {unchanged}, {refused}.</source>
        <translation>Situations déjà importées : {updated}, {unchanged}, {refused}.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Essai à blanc : rien n'a été écrit.</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the rows listed, or choose to skip them.</source>
        <translation>Rien n'a été importé : corrigez les lignes signalées ou choisissez de les ignorer.</translation>
    </message>
    <message>
        <source>Possible duplicate: a person with this name and birth date is already recorded with another AVS number; a separate person would be created.</source>
        <translation>Doublon possible : une personne de même nom et date de naissance est déjà enregistrée avec un autre numéro AVS ; une personne distincte serait créée.</translation>
    </message>
    <message>
        <source>Possible duplicate: a person with this name and birth date is already recorded without an AVS number; a separate person would be created.</source>
        <translation>Doublon possible : une personne de même nom et date de naissance est déjà enregistrée sans numéro AVS ; une personne distincte serait créée.</translation>
    </message>
    <message>
        <source>A stop was asked for after the import was saved: the import is complete (report above).</source>
        <translation>Un arrêt a été demandé après l'enregistrement : l'import est terminé (rapport ci-dessus).</translation>
    </message>
    <message>
        <source>Several sheets have a register header ({sheets}): only the first one, “{sheet}”, was read.</source>
        <translation>Plusieurs feuilles ont un en-tête de registre ({sheets}) : seule la première, « {sheet} », a été lue.</translation>
    </message>
    <message>
        <source>No header row of the register was found (Nom / Name, Prénom / Vorname, …) in the sheets: {sheets}.</source>
        <translation>Aucune ligne d'en-tête du registre n'a été trouvée (Nom / Name, Prénom / Vorname, …) dans les feuilles : {sheets}.</translation>
    </message>
    <message>
        <source>Unknown value “{value}”; accepted: {accepted}.</source>
        <translation>Valeur inconnue « {value} » ; valeurs acceptées : {accepted}.</translation>
    </message>
    <message>
        <source>File not found: {file}</source>
        <translation>Fichier introuvable : {file}</translation>
    </message>
    <message>
        <source>The report file must end in .pdf or .xlsx.</source>
        <translation>Le fichier du rapport doit se terminer par .pdf ou .xlsx.</translation>
    </message>
    <message>
        <source>Give the year (--year YYYY) or the period (--from DD.MM.YYYY --to DD.MM.YYYY).</source>
        <translation>Indiquez l'année (--year AAAA) ou la période (--from JJ.MM.AAAA --to JJ.MM.AAAA).</translation>
    </message>
    <message>
        <source>Give the register file (FILE.xlsx) or --template FILE.xlsx.</source>
        <translation>Indiquez le fichier du registre (FICHIER.xlsx) ou --template FICHIER.xlsx.</translation>
    </message>
    <message>
        <source>Record the minutes first: an outcome is given once the meeting was held.</source>
        <translation>Saisissez d'abord le procès-verbal : le résultat se donne une fois la séance tenue.</translation>
    </message>
    <message>
        <source>The signature is empty: sign in the box first.</source>
        <translation>La signature est vide : signez d'abord dans le cadre.</translation>
    </message>
    <message>
        <source>Give at least one objective, each with its text.</source>
        <translation>Indiquez au moins un objectif, chacun avec son texte.</translation>
    </message>
    <message>
        <source>Each measure needs its kind, its legal frame and the responsible institution.</source>
        <translation>Chaque mesure doit indiquer son type, son cadre légal et l'institution responsable.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La date de fin précède la date de début.</translation>
    </message>
    <message>
        <source>This contract is signed: it cannot be edited. Make an amendment instead.</source>
        <translation>Ce contrat est signé : il ne peut plus être modifié. Faites un avenant.</translation>
    </message>
    <message>
        <source>Reviews are recorded on a signed contract.</source>
        <translation>Les revues se saisissent sur un contrat signé.</translation>
    </message>
    <message>
        <source>The contract can be signed only once the assessment has been held.</source>
        <translation>Le contrat ne peut être signé qu'une fois l'assessment tenu.</translation>
    </message>
    <message>
        <source>This step is not possible from the assessment's current state.</source>
        <translation>Cette étape n'est pas possible dans l'état actuel de l'assessment.</translation>
    </message>
    <message>
        <source>The regional team needs the person and at least one other party before the contract is printed for signature.</source>
        <translation>L'équipe régionale doit comprendre la personne et au moins une autre partie avant l'impression du contrat pour signature.</translation>
    </message>
    <message>
        <source>Give the progress of every objective.</source>
        <translation>Indiquez l'avancement de chaque objectif.</translation>
    </message>
    <message>
        <source>End of rights reached or within three months.</source>
        <translation>Fin de droit atteinte ou dans les trois mois.</translation>
    </message>
    <message>
        <source>Social-assistance recipient with proven employability and no health problem.</source>
        <translation>Bénéficiaire de l'aide sociale à l'employabilité avérée, sans problème de santé.</translation>
    </message>
    <message>
        <source>Neither at the end of rights (or within three months) nor receiving social assistance.</source>
        <translation>Ni en fin de droit (ou dans les trois mois) ni à l'aide sociale.</translation>
    </message>
    <message>
        <source>Employability not verified in the last six months.</source>
        <translation>Employabilité non vérifiée ces six derniers mois.</translation>
    </message>
    <message>
        <source>No evaluation grid yet to rule out a health problem.</source>
        <translation>Pas encore de grille d'évaluation pour exclure un problème de santé.</translation>
    </message>
    <message>
        <source>The latest grid shows a health problem.</source>
        <translation>La dernière grille montre un problème de santé.</translation>
    </message>
    <message>
        <source>The database file cii.db is empty (0 bytes): a failed copy, a full disk or a sync tool emptied it. Nothing was created over it. Restore it from a backup (cii-desktop restore).</source>
        <translation>Le fichier de base de données cii.db est vide (0 octet) : une copie ratée, un disque plein ou un outil de synchronisation l'a vidé. Rien n'a été créé à sa place. Restaurez-le depuis une sauvegarde (cii-desktop restore).</translation>
    </message>
    <message>
        <source>The database file cii.db is incomplete (cut off). Nothing was changed. Restore it from a backup (cii-desktop restore).</source>
        <translation>Le fichier de base de données cii.db est incomplet (tronqué). Rien n'a été modifié. Restaurez-le depuis une sauvegarde (cii-desktop restore).</translation>
    </message>
    <message>
        <source>The file cii.db is not the database described by cii.keyinfo.json (another file is in its place). Nothing was changed. Put the right file back or restore a backup (cii-desktop restore).</source>
        <translation>Le fichier cii.db n'est pas la base de données décrite par cii.keyinfo.json (un autre fichier a pris sa place). Rien n'a été modifié. Remettez le bon fichier ou restaurez une sauvegarde (cii-desktop restore).</translation>
    </message>
    <message>
        <source>The key is right but the beginning of cii.db is damaged: the database cannot be read. Nothing was changed. Restore it from a backup (cii-desktop restore).</source>
        <translation>La clé est juste mais le début de cii.db est endommagé : la base de données ne peut pas être lue. Rien n'a été modifié. Restaurez-la depuis une sauvegarde (cii-desktop restore).</translation>
    </message>
    <message>
        <source>The data folder or the database file is read-only: CII Desktop must be able to write there. Check the folder's permissions.</source>
        <translation>Le dossier de données ou le fichier de base de données est en lecture seule : CII Desktop doit pouvoir y écrire. Vérifiez les droits du dossier.</translation>
    </message>
    <message>
        <source>The keystore of this session is locked. Unlock it and retry, or open with the recovery key.</source>
        <translation>Le trousseau de clés de cette session est verrouillé. Déverrouillez-le et réessayez, ou ouvrez avec la clé de récupération.</translation>
    </message>
    <message>
        <source>The key information file cii.keyinfo.json is damaged, and so is its copy. Copy cii.keyinfo.json from a backup folder; the database was left untouched.</source>
        <translation>Le fichier d'informations de clé cii.keyinfo.json est endommagé, sa copie aussi. Copiez cii.keyinfo.json depuis un dossier de sauvegarde ; la base de données n'a pas été touchée.</translation>
    </message>
    <message>
        <source>This file already exists; it was not overwritten (use --force to replace it).</source>
        <translation>Ce fichier existe déjà ; il n'a pas été écrasé (utilisez --force pour le remplacer).</translation>
    </message>
    <message>
        <source>This is a folder, not a file name: nothing was written:</source>
        <translation>C'est un dossier, pas un nom de fichier : rien n'a été écrit :</translation>
    </message>
    <message>
        <source>The folder of this file does not exist: nothing was written:</source>
        <translation>Le dossier de ce fichier n'existe pas : rien n'a été écrit :</translation>
    </message>
    <message>
        <source>Cannot write here (read-only or no permission): nothing was written:</source>
        <translation>Impossible d'écrire ici (lecture seule ou pas d'autorisation) : rien n'a été écrit :</translation>
    </message>
    <message>
        <source>The disk is full: nothing was written:</source>
        <translation>Le disque est plein : rien n'a été écrit :</translation>
    </message>
    <message>
        <source>The target folder is not empty: a restore goes only into an empty folder. Nothing was changed.</source>
        <translation>Le dossier cible n'est pas vide : une restauration se fait seulement dans un dossier vide. Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>This folder is not a CII Desktop backup (cii.db with its cii.keyinfo.json).</source>
        <translation>Ce dossier n'est pas une sauvegarde CII Desktop (cii.db avec son cii.keyinfo.json).</translation>
    </message>
    <message>
        <source>The restored copy did not pass the check; it was removed and nothing else was changed.</source>
        <translation>La copie restaurée n'a pas passé la vérification ; elle a été supprimée et rien d'autre n'a été modifié.</translation>
    </message>
    <message>
        <source>A key change was interrupted; it was completed or undone. Retry the command.</source>
        <translation>Un changement de clé a été interrompu ; il a été terminé ou annulé. Relancez la commande.</translation>
    </message>
    <message>
        <source>The database is already protected this way; nothing was changed.</source>
        <translation>La base de données est déjà protégée de cette façon ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Les deux phrases secrètes diffèrent ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The key change was cancelled: the database keeps its key, passphrase and recovery key.</source>
        <translation>Le changement de clé a été annulé : la base de données garde sa clé, sa phrase secrète et sa clé de récupération.</translation>
    </message>
    <message>
        <source>No person with this identifier in this data folder.</source>
        <translation>Aucune personne avec cet identifiant dans ce dossier de données.</translation>
    </message>
    <message>
        <source>The erasure was not confirmed; nothing was erased.</source>
        <translation>L'effacement n'a pas été confirmé ; rien n'a été effacé.</translation>
    </message>
    <message>
        <source>The database is open in another program (the window, a scheduled sync): close it and retry. Nothing was changed.</source>
        <translation>La base de données est ouverte dans un autre programme (la fenêtre, une synchronisation planifiée) : fermez-le et réessayez. Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Your role in the network does not allow this action; nothing was done.</source>
        <translation>Votre rôle dans le réseau ne permet pas cette action ; rien n'a été fait.</translation>
    </message>
    <message>
        <source>Your name is not known on this workstation: enter it in Settings (a network workstation takes it from the roster). Nothing was saved.</source>
        <translation>Votre nom n'est pas connu sur ce poste : saisissez-le dans les Paramètres (un poste du réseau le reçoit de la liste du réseau). Rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>The network's roster states this (its administrator changes it); it cannot be changed on this workstation.</source>
        <translation>La liste du réseau fixe cette donnée (son administrateur/trice la modifie) ; elle ne peut pas être changée sur ce poste.</translation>
    </message>
    <message>
        <source>A key change was completed when this database was opened after an interruption: its new recovery key was never shown. Run 'cii-desktop key new-recovery-key' now and write the new key down.</source>
        <translation>Un changement de clé a été terminé à l'ouverture de cette base après une interruption : sa nouvelle clé de récupération n'a jamais été affichée. Lancez maintenant « cii-desktop key new-recovery-key » et notez la nouvelle clé.</translation>
    </message>
    <message>
        <source>A new passphrase is needed: --new-passphrase-file or CII_DESKTOP_NEW_PASSPHRASE. Nothing was changed.</source>
        <translation>Une nouvelle phrase secrète est nécessaire : --new-passphrase-file ou CII_DESKTOP_NEW_PASSPHRASE. Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>This key action keeps the current passphrase: --new-passphrase-file is refused (use 'key change-passphrase'). Nothing was changed.</source>
        <translation>Cette action garde la phrase secrète actuelle : --new-passphrase-file est refusé (utilisez « key change-passphrase »). Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Key changed in {folder} (protection: {protection}).</source>
        <translation>Clé changée dans {folder} (protection : {protection}).</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>phrase secrète</translation>
    </message>
    <message>
        <source>this computer's keystore</source>
        <translation>trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>New recovery key - write it down or print it, it is shown only once; the old one no longer opens this database (older backups keep their own):</source>
        <translation>Nouvelle clé de récupération – notez-la ou imprimez-la, elle n'est affichée qu'une fois ; l'ancienne n'ouvre plus cette base (les sauvegardes plus anciennes gardent la leur) :</translation>
    </message>
    <message>
        <source>No backup due.</source>
        <translation>Aucune sauvegarde n'est due.</translation>
    </message>
    <message>
        <source>A backup of this data folder is already running; wait for it to end. Nothing was done.</source>
        <translation>Une sauvegarde de ce dossier de données est déjà en cours ; attendez qu'elle se termine. Rien n'a été fait.</translation>
    </message>
    <message>
        <source>Restored into {folder}; check OK: {counts}</source>
        <translation>Restauré dans {folder} ; vérification OK : {counts}</translation>
    </message>
    <message>
        <source>Preview only: add --confirm to erase (Bureau role).</source>
        <translation>Aperçu seulement : ajoutez --confirm pour effacer (rôle Bureau).</translation>
    </message>
    <message>
        <source>No usable keystore on this computer: the database will be protected by a passphrase.</source>
        <translation>Aucun trousseau utilisable sur cet ordinateur : la base de données sera protégée par une phrase secrète.</translation>
    </message>
    <message>
        <source>Database created in {folder} (protection: {protection}).</source>
        <translation>Base de données créée dans {folder} (protection : {protection}).</translation>
    </message>
    <message>
        <source>keystore</source>
        <translation>trousseau</translation>
    </message>
    <message>
        <source>Recovery key - write it down or print it, it is shown only once:</source>
        <translation>Clé de récupération – notez-la ou imprimez-la, elle n'est affichée qu'une seule fois :</translation>
    </message>
    <message>
        <source>OK: key valid; {counts}</source>
        <translation>OK : clé valable ; {counts}</translation>
    </message>
    <message>
        <source>DAMAGED: key valid; {counts}</source>
        <translation>ENDOMMAGÉE : clé valable ; {counts}</translation>
    </message>
    <message>
        <source>problem: {problem}</source>
        <translation>problème : {problem}</translation>
    </message>
    <message>
        <source>demo passphrase '{passphrase}'</source>
        <translation>phrase secrète de démonstration '{passphrase}'</translation>
    </message>
    <message>
        <source>folder: {folder}, from {source}</source>
        <translation>dossier : {folder}, selon {source}</translation>
    </message>
    <message>
        <source>the Settings</source>
        <translation>les Paramètres</translation>
    </message>
    <message>
        <source>the machine presets</source>
        <translation>les préréglages de la machine</translation>
    </message>
    <message>
        <source>the default user data folder</source>
        <translation>le dossier de données par défaut</translation>
    </message>
    <message>
        <source>The machine presets file could not be read (damaged, not a text file, too large or not allowed); it was ignored.</source>
        <translation>Le fichier de préréglages de la machine n'a pas pu être lu (endommagé, pas un fichier texte, trop grand ou accès refusé) ; il a été ignoré.</translation>
    </message>
    <message>
        <source>share unreachable: working offline; nothing was exchanged</source>
        <translation>dossier partagé inaccessible : travail hors ligne ; rien n'a été échangé</translation>
    </message>
    <message>
        <source>not this network's shared folder (empty, unmounted or another network's): working offline; nothing was exchanged</source>
        <translation>ce n'est pas le dossier partagé de ce réseau (vide, non connecté ou d'un autre réseau) : travail hors ligne ; rien n'a été échangé</translation>
    </message>
    <message>
        <source>A line of the machine presets file could not be read (neither UTF-8 nor Windows-1252); it was ignored, the rest of the file is used.</source>
        <translation>Une ligne du fichier de préréglages de la machine n'a pas pu être lue (ni UTF-8 ni Windows-1252) ; elle a été ignorée, le reste du fichier est utilisé.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Phrase secrète : </translation>
    </message>
    <message>
        <source>New passphrase (12 characters or more): </source>
        <translation>Nouvelle phrase secrète (12 caractères ou plus) : </translation>
    </message>
    <message>
        <source>Type the passphrase again: </source>
        <translation>Retapez la phrase secrète : </translation>
    </message>
    <message>
        <source>One-time passphrase of the enrolment file: </source>
        <translation>Phrase secrète unique du fichier d'inscription : </translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>No user on this workstation yet: --name, --role, --institution, --office.</source>
        <translation>Pas encore d'utilisateur/trice sur ce poste : --name, --role, --institution, --office.</translation>
    </message>
    <message>
        <source>{name} | {institution} | {office} | roles: {roles} | ({source})</source>
        <translation>{name} | {institution} | {office} | rôles : {roles} | ({source})</translation>
    </message>
    <message>
        <source>sent {sent} in {sent_batches}, received {received} in {received_batches}, conflicts {conflicts}, quarantined {quarantined}</source>
        <translation>envoyé {sent} en {sent_batches}, reçu {received} en {received_batches}, conflits {conflicts}, en quarantaine {quarantined}</translation>
    </message>
    <message>
        <source>Backup {name} made ({removed} by the retention).</source>
        <translation>Sauvegarde {name} faite ({removed} selon la conservation).</translation>
    </message>
    <message>
        <source>Person {name}: {counts}; {journal} in the change history.</source>
        <translation>Personne {name} : {counts} ; {journal} dans l'historique des modifications.</translation>
    </message>
    <message>
        <source>Right of access: {records}, {history} of history.</source>
        <translation>Droit d'accès : {records}, {history} d'historique.</translation>
    </message>
    <message>
        <source>; {count}, sent at the next sync</source>
        <translation> ; {count} à la prochaine synchronisation</translation>
    </message>
    <message>
        <source>, {count} published again</source>
        <translation>, nouvelle publication : {count}</translation>
    </message>
    <message>
        <source>, {count} (no consent yet)</source>
        <translation>, {count} (pas encore de consentement)</translation>
    </message>
    <message>
        <source>, {count}: this workstation is outside the consent's scope</source>
        <translation>, {count} : ce poste est hors du périmètre du consentement</translation>
    </message>
    <message>
        <source>, waiting for {count}</source>
        <translation>, en attente de {count}</translation>
    </message>
    <message>
        <source>, clock off on {count}</source>
        <translation>, horloge décalée sur {count}</translation>
    </message>
    <message>
        <source>; {count}</source>
        <translation> ; {count}</translation>
    </message>
    <message>
        <source>Network {network} created; this workstation is its administrator.</source>
        <translation>Réseau {network} créé ; ce poste en assure l'administration.</translation>
    </message>
    <message>
        <source>Request written to {file}: hand it to the network's administrator.</source>
        <translation>Demande écrite dans {file} : remettez-la à l'administrateur/trice du réseau.</translation>
    </message>
    <message>
        <source>Workstation {name} ({id}) enrolled; enrolment file {file}.</source>
        <translation>Poste {name} ({id}) inscrit ; fichier d'inscription {file}.</translation>
    </message>
    <message>
        <source>One-time passphrase - give it to the new workstation by another way than the file:</source>
        <translation>Phrase secrète unique – transmettez-la au nouveau poste par un autre moyen que le fichier :</translation>
    </message>
    <message>
        <source>Network {network}, roster version {version}</source>
        <translation>Réseau {network}, liste des postes version {version}</translation>
    </message>
    <message>
        <source>revoked (batches up to {number} valid)</source>
        <translation>révoqué (lots jusqu'au n° {number} valables)</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>jusqu'au {date}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>Workstation {id} revoked (roster version {version}); its batches up to number {number} stay valid, later ones are refused, and batches are now sealed with a new key (epoch {epoch}) that it does not have.</source>
        <translation>Poste {id} révoqué (liste des postes version {version}) ; ses lots jusqu'au n° {number} restent valables, les suivants sont refusés, et les lots sont désormais scellés avec une nouvelle clé (époque {epoch}) qu'il n'a pas.</translation>
    </message>
    <message>
        <source>Enrolled before key rotation, re-enrol to receive the new key: {names}</source>
        <translation>Inscrits avant le changement de clé, à réinscrire pour recevoir la nouvelle clé : {names}</translation>
    </message>
    <message>
        <source>The recovery key could not be written out (the output is full or closed): make a new one now with cii-desktop key new-recovery-key.</source>
        <translation>La clé de récupération n'a pas pu être affichée (sortie pleine ou fermée) : créez-en une nouvelle maintenant avec cii-desktop key new-recovery-key.</translation>
    </message>
    <message>
        <source>Your institution or office is no longer in this case's sharing scope: the case is kept read-only on this workstation (it cannot be changed, printed or sent). Nothing was saved.</source>
        <translation>Votre institution ou votre office ne fait plus partie du périmètre de partage de ce dossier : il est conservé en lecture seule sur ce poste (il ne peut être ni modifié, ni imprimé, ni envoyé). Rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>This case or person was erased on another workstation (or is no longer shared with this one) while you were working: what you entered could not be saved.</source>
        <translation>Cette situation ou cette personne a été effacée sur un autre poste (ou n'est plus partagée avec celui-ci) pendant votre saisie : ce que vous avez saisi n'a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Unexpected error.</source>
        <translation>Erreur inattendue.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Journal note</source>
        <translation>Note au journal</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
</context>
<context>
    <name>OutsideChanges</name>
    <message>
        <source>The selected case is no longer on this workstation: it was erased, or it is no longer shared here.</source>
        <translation>La situation sélectionnée n'est plus sur ce poste : elle a été effacée, ou elle n'y est plus partagée.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>New person and case</source>
        <translation>Nouvelle personne et situation</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Modifier la personne</translation>
    </message>
    <message>
        <source>Same AVS number</source>
        <translation>Même numéro AVS</translation>
    </message>
    <message>
        <source>%1 already has the AVS number %2. The CII alert relies on AVS numbers: one person should exist only once.</source>
        <translation>%1 a déjà le numéro AVS %2. L'alerte CII repose sur les numéros AVS : une personne ne doit exister qu'une fois.</translation>
    </message>
    <message>
        <source>&amp;Open the existing person</source>
        <translation>&amp;Ouvrir la personne existante</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Enregistrer quand même</translation>
    </message>
    <message>
        <source>Please correct the marked fields. Nothing was saved.</source>
        <translation>Veuillez corriger les champs signalés. Rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Last &amp;name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Date de &amp;naissance :</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>jj.mm.aaaa</translation>
    </message>
    <message>
        <source>&amp;AVS number:</source>
        <translation>Numéro &amp;AVS :</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue :</translation>
    </message>
    <message>
        <source>&amp;Commune of residence:</source>
        <translation>&amp;Commune de domicile :</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse :</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Receives unemployment benefits (IJ AC)</source>
        <translation>Touche des indemnités journalières AC (IJ AC)</translation>
    </message>
    <message>
        <source>End of ri&amp;ghts:</source>
        <translation>Fin de &amp;droit :</translation>
    </message>
    <message>
        <source>In a waiting period</source>
        <translation>En délai d'attente</translation>
    </message>
    <message>
        <source>Sanctioned</source>
        <translation>Sanction</translation>
    </message>
    <message>
        <source>Job seeker without rights (LSE)</source>
        <translation>Demandeur/euse d'emploi sans droit (LSE)</translation>
    </message>
    <message>
        <source>Receives social assistance</source>
        <translation>Bénéficiaire de l'aide sociale</translation>
    </message>
    <message>
        <source>Employability &amp;verified on:</source>
        <translation>Employabilité &amp;vérifiée le :</translation>
    </message>
    <message>
        <source>Fit for placement</source>
        <translation>Apte au placement</translation>
    </message>
    <message>
        <source>Fitness e&amp;xamination filed on:</source>
        <translation>Demande d'e&amp;xamen d'aptitude le :</translation>
    </message>
    <message>
        <source>&amp;PQF started on:</source>
        <translation>&amp;PQF commencé le :</translation>
    </message>
    <message>
        <source>&amp;Deregistered on:</source>
        <translation>Date de dés&amp;inscription :</translation>
    </message>
    <message>
        <source>Young adult (CII youth)</source>
        <translation>Jeune adulte (CII jeunes)</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouvelle situation</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Office :</translation>
    </message>
    <message>
        <source>Lead &amp;institution:</source>
        <translation>&amp;Institution responsable :</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Ré&amp;sumé :</translation>
    </message>
</context>
<context>
    <name>RecoveryBanner</name>
    <message>
        <source>A key change was completed when this database was opened after an interruption: its new recovery key was never shown. Issue a new recovery key now (Settings, Database key…) and write it down.</source>
        <translation>Un changement de clé a été terminé à l'ouverture de cette base après une interruption : sa nouvelle clé de récupération n'a jamais été affichée. Émettez maintenant une nouvelle clé de récupération (Paramètres, Clé de la base de données…) et notez-la.</translation>
    </message>
</context>
<context>
    <name>ReferralController</name>
    <message>
        <source>REFUS</source>
        <translation>REFUS</translation>
    </message>
    <message>
        <source>Evaluation grid</source>
        <translation>Grille d'évaluation</translation>
    </message>
    <message>
        <source>Announcement to the Bureau CII</source>
        <translation>Annonce au Bureau CII</translation>
    </message>
    <message>
        <source>Bureau decision</source>
        <translation>Décision du Bureau</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Transition</translation>
    </message>
    <message>
        <source>row</source>
        <translation>ligne</translation>
    </message>
    <message>
        <source>Procuration CII</source>
        <translation>Procuration CII</translation>
    </message>
    <message>
        <source>Refusal of the person</source>
        <translation>Refus de la personne</translation>
    </message>
    <message>
        <source>Legal basis LIAS art. 60 ff.</source>
        <translation>Base légale LIAS art. 60 ss</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>pas encore signée</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>waiting for the Bureau</source>
        <translation>en attente du Bureau</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>Written warning</source>
        <translation>Avertissement écrit</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Désaccord</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>ORP → CMS</source>
        <translation>ORP → CMS</translation>
    </message>
    <message>
        <source>CMS → ORP</source>
        <translation>CMS → ORP</translation>
    </message>
    <message>
        <source>CII alert: this person is followed by %1 (cases %2).</source>
        <translation>Alerte CII : cette personne est suivie par %1 (dossiers %2).</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>non signé</translation>
    </message>
    <message>
        <source>signed on screen</source>
        <translation>signé à l'écran</translation>
    </message>
    <message>
        <source>signed on paper</source>
        <translation>signé sur papier</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 signatures</source>
        <translation>
            <numerusform>%1 signature sur %2</numerusform>
            <numerusform>%1 signatures sur %2</numerusform>
        </translation>
    </message>
    <message>
        <source>CII alerts</source>
        <translation>Alertes CII</translation>
    </message>
    <message>
        <source>Persons followed by several institutions:</source>
        <translation>Personnes suivies par plusieurs institutions :</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Looking for persons followed by several institutions…</source>
        <translation>Recherche des personnes suivies par plusieurs institutions…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Transitions register</source>
        <translation>Registre des transitions</translation>
    </message>
    <message>
        <source>Transitions ORP ↔ CMS recorded (newest first):</source>
        <translation>Transitions ORP ↔ CMS enregistrées (les plus récentes d'abord) :</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Network meeting</source>
        <translation>Entretien de réseau</translation>
    </message>
</context>
<context>
    <name>RegisterWizard</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import the register (Excel)</source>
        <translation>Importer le registre (Excel)</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>&amp;Échéance :</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>jj.mm.aaaa</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Quoi :</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Validation report</source>
        <translation>Rapport de validation</translation>
    </message>
    <message>
        <source>Import only if every row is valid (all or nothing)</source>
        <translation>Importer seulement si toutes les lignes sont valables (tout ou rien)</translation>
    </message>
    <message>
        <source>Import the valid rows and skip the rows with errors</source>
        <translation>Importer les lignes valables et ignorer les lignes en erreur</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>the canton's documents</source>
        <translation>les documents du canton</translation>
    </message>
    <message>
        <source>local practice, to be validated – not a rule of the canton</source>
        <translation>pratique locale, à valider – pas une règle du canton</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation des données</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>source : %1</translation>
    </message>
    <message>
        <source>Persons the retention rules propose for erasure on %1:</source>
        <translation>Personnes que les règles de conservation proposent d'effacer au %1 :</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Situations</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>The erasure cannot be undone.</source>
        <translation>L'effacement est irréversible.</translation>
    </message>
    <message>
        <source>I have checked this list: these persons are to be erased.</source>
        <translation>J'ai vérifié cette liste : ces personnes doivent être effacées.</translation>
    </message>
    <message numerus="yes">
        <source>Erase these %n person(s)</source>
        <translation>
            <numerusform>Effacer cette personne</numerusform>
            <numerusform>Effacer ces %n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>No person is due for erasure.</source>
        <translation>Aucune personne n'est à effacer.</translation>
    </message>
</context>
<context>
    <name>SessionLock</name>
    <message>
        <source>&amp;Lock the window</source>
        <translation>&amp;Verrouiller la fenêtre</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Database key…</source>
        <translation>Clé de la base de données…</translation>
    </message>
    <message>
        <source>Your name, institution, office and role come from the network's roster, signed by its administrator (role: %1). Ask the administrator to change them.</source>
        <translation>Votre nom, votre institution, votre office et votre rôle viennent de la liste du réseau, signée par son administrateur/trice (rôle : %1). Demandez à l'administrateur/trice de les modifier.</translation>
    </message>
    <message>
        <source>Who uses this workstation? Enter your name: forms, decisions and journal entries carry it.</source>
        <translation>Qui utilise ce poste ? Saisissez votre nom : les formulaires, les décisions et les entrées du journal le portent.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Shared server folder</source>
        <translation>Dossier partagé du serveur</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>User profile</source>
        <translation>Profil de l'utilisateur/trice</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution :</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Office :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Dossier de données :</translation>
    </message>
    <message>
        <source>Choose the data folder…</source>
        <translation>Choisir le dossier de données…</translation>
    </message>
    <message>
        <source>S&amp;hared server folder:</source>
        <translation>Dossier &amp;partagé du serveur :</translation>
    </message>
    <message>
        <source>Choose the shared folder…</source>
        <translation>Choisir le dossier partagé…</translation>
    </message>
    <message>
        <source>A new data folder is opened the next time CII Desktop starts.</source>
        <translation>Un nouveau dossier de données est ouvert au prochain démarrage de CII Desktop.</translation>
    </message>
</context>
<context>
    <name>ShareSetting</name>
    <message>
        <source>Empty: the network's shared folder is used (%1).</source>
        <translation>Vide : le dossier partagé du réseau est utilisé (%1).</translation>
    </message>
    <message>
        <source>This folder is not this network's shared folder (it holds no roster signed for this network): check the path, or choose the folder the network uses.</source>
        <translation>Ce dossier n'est pas le dossier partagé de ce réseau (il ne contient aucune liste des postes signée pour ce réseau) : vérifiez le chemin ou choisissez le dossier utilisé par le réseau.</translation>
    </message>
    <message>
        <source>Shared folder out of reach</source>
        <translation>Dossier partagé inaccessible</translation>
    </message>
    <message>
        <source>The folder %1 cannot be reached now: it does not exist, or the server is not connected. Keep it anyway? Sync works once it can be reached.</source>
        <translation>Le dossier %1 est inaccessible pour l'instant : il n'existe pas ou le serveur n'est pas connecté. Le garder quand même ? La synchronisation reprendra dès qu'il sera accessible.</translation>
    </message>
    <message>
        <source>This folder cannot be reached now (it does not exist, or the server is not connected).</source>
        <translation>Ce dossier est inaccessible pour l'instant (il n'existe pas ou le serveur n'est pas connecté).</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>Shared with: %1 (procuration CII)</source>
        <translation>Partagé avec : %1 (procuration CII)</translation>
    </message>
    <message>
        <source>Shared under LIAS art. 60 ff. (legal basis recorded)</source>
        <translation>Partagé selon LIAS art. 60 ss (base légale enregistrée)</translation>
    </message>
    <message>
        <source>Local only: the person refused (grid filed with the mention "Refus")</source>
        <translation>Local uniquement : la personne a refusé (grille classée avec la mention « Refus »)</translation>
    </message>
    <message>
        <source>Local only: the procuration is not signed yet</source>
        <translation>Local uniquement : la procuration n'est pas encore signée</translation>
    </message>
    <message>
        <source>Local only: no consent recorded, nothing leaves this computer</source>
        <translation>Local uniquement : aucun consentement enregistré, rien ne quitte cet ordinateur</translation>
    </message>
</context>
<context>
    <name>SharingBanner</name>
    <message>
        <source>No other institution receives it; everything else stays on this computer.</source>
        <translation>Aucune autre institution ne le reçoit ; tout le reste demeure sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Shared with the whole network (marked shared before consents named institutions).</source>
        <translation>Partagé avec tout le réseau (marqué partagé avant que les consentements nomment les institutions).</translation>
    </message>
    <message>
        <source>Shared with %1 on the procuration CII, until %2.</source>
        <translation>Partagé avec %1 selon la procuration CII, jusqu'au %2.</translation>
    </message>
    <message>
        <source>Shared with %1 on the procuration CII, until revoked.</source>
        <translation>Partagé avec %1 selon la procuration CII, jusqu'à révocation.</translation>
    </message>
    <message>
        <source>Shared with %1 under LIAS art. 60 ff., decided by %2, until %3.</source>
        <translation>Partagé avec %1 selon la LIAS art. 60 ss, décidé par %2, jusqu'au %3.</translation>
    </message>
    <message>
        <source>Shared with %1 under LIAS art. 60 ff., decided by %2, until revoked.</source>
        <translation>Partagé avec %1 selon la LIAS art. 60 ss, décidé par %2, jusqu'à révocation.</translation>
    </message>
    <message>
        <source>Local only: the procuration or the legal basis has ended; nothing more leaves this computer.</source>
        <translation>Local uniquement : la procuration ou la base légale a pris fin ; plus rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>Local only: the consent was revoked; nothing more leaves this computer.</source>
        <translation>Local uniquement : le consentement a été révoqué ; plus rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>Your institution or office is not in this scope: the case is kept read-only here (it can be read, not changed, printed or sent).</source>
        <translation>Votre institution ou votre office ne fait pas partie de ce périmètre : le dossier est conservé ici en lecture seule (il peut être lu, mais ni modifié, ni imprimé, ni envoyé).</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Signer</translation>
    </message>
    <message>
        <source>Sign on screen</source>
        <translation>Signer à l'écran</translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation>&amp;Partie :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>Sign in the box with the mouse, a pen or a finger:</source>
        <translation>Signez dans le cadre avec la souris, un stylet ou le doigt :</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Effacer</translation>
    </message>
</context>
<context>
    <name>StartUnlockDialog</name>
    <message>
        <source>Enter your unlock passphrase to open CII Desktop.</source>
        <translation>Saisissez votre phrase de déverrouillage pour ouvrir CII Desktop.</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Du … au …</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Save the annual report</source>
        <translation>Enregistrer le rapport annuel</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel (*.xlsx)</source>
        <translation>PDF (*.pdf);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Région :</translation>
    </message>
    <message>
        <source>Announcing institution:</source>
        <translation>Institution annonceuse :</translation>
    </message>
    <message>
        <source>Import register…</source>
        <translation>Importer le registre…</translation>
    </message>
    <message>
        <source>Annual report…</source>
        <translation>Rapport annuel…</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tableaux</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
</context>
<context>
    <name>StatisticsMenu</name>
    <message>
        <source>&amp;Statistics and annual report…</source>
        <translation>&amp;Statistiques et rapport annuel…</translation>
    </message>
    <message>
        <source>&amp;Import the register (Excel)…</source>
        <translation>&amp;Importer le registre (Excel)…</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>AVS number</source>
        <translation>Numéro AVS</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Unemployment daily allowances</source>
        <translation>Indemnités journalières AC (IJ AC)</translation>
    </message>
    <message>
        <source>Waiting period</source>
        <translation>Délai d'attente</translation>
    </message>
    <message>
        <source>Sanction</source>
        <translation>Sanction</translation>
    </message>
    <message>
        <source>Job seeker without rights (LSE)</source>
        <translation>Demandeur/euse d'emploi sans droit (LSE)</translation>
    </message>
    <message>
        <source>Social assistance</source>
        <translation>Aide sociale</translation>
    </message>
    <message>
        <source>Employability verified on</source>
        <translation>Employabilité vérifiée le</translation>
    </message>
    <message>
        <source>Fit for placement</source>
        <translation>Apte au placement</translation>
    </message>
    <message>
        <source>Fitness examination requested on</source>
        <translation>Demande d'examen d'aptitude déposée le</translation>
    </message>
    <message>
        <source>PQF started on</source>
        <translation>PQF commencé le</translation>
    </message>
    <message>
        <source>Deregistration date</source>
        <translation>Date de désinscription</translation>
    </message>
    <message>
        <source>Young adult</source>
        <translation>Jeune adulte</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>Institution responsable</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Ouverte le</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Clôturée le</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Contact's e-mail</source>
        <translation>Courriel de la personne de contact</translation>
    </message>
    <message>
        <source>Contact's phone</source>
        <translation>Téléphone de la personne de contact</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Tenu le</translation>
    </message>
    <message>
        <source>Scheduled on</source>
        <translation>Prévu le</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participant/es</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu'au</translation>
    </message>
    <message>
        <source>Changed on</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur/e</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Fait le</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Évaluation du</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Évaluation par</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Proposed level</source>
        <translation>Niveau proposé</translation>
    </message>
    <message>
        <source>Reason for another level</source>
        <translation>Motif d'un autre niveau</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Appréciations</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation>Révoqué le</translation>
    </message>
    <message>
        <source>Revoked by</source>
        <translation>Révoqué par</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décision de</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Décision du</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Saisie par</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Saisie du</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Offices</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problématiques</translation>
    </message>
    <message>
        <source>Measures already tried</source>
        <translation>Mesures déjà tentées</translation>
    </message>
    <message>
        <source>Expected goal</source>
        <translation>Objectif attendu</translation>
    </message>
    <message>
        <source>Requested handling</source>
        <translation>Prise en charge demandée</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>Annonce du</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Prise en charge</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Début le</translation>
    </message>
    <message>
        <source>Meeting on</source>
        <translation>Réunion le</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Personnes invitées</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Aim</source>
        <translation>But</translation>
    </message>
    <message>
        <source>Person's commitments</source>
        <translation>Engagements de la personne</translation>
    </message>
    <message>
        <source>Institutions' commitments</source>
        <translation>Engagements des institutions</translation>
    </message>
    <message>
        <source>Review dates</source>
        <translation>Dates de revue</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signature le</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progrès</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Partner informed</source>
        <translation>Partenaire informé</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Réglé le</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Network meeting planned</source>
        <translation>Réunion de réseau prévue</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Sharing basis</source>
        <translation>Base du partage</translation>
    </message>
    <message>
        <source>Medical assessment</source>
        <translation>Évaluation médicale</translation>
    </message>
    <message>
        <source>Professional assessment</source>
        <translation>Évaluation professionnelle</translation>
    </message>
    <message>
        <source>Social assessment</source>
        <translation>Évaluation sociale</translation>
    </message>
    <message>
        <source>Resources assessment</source>
        <translation>Évaluation des ressources</translation>
    </message>
    <message>
        <source>End of the framework</source>
        <translation>Fin du cadre</translation>
    </message>
    <message>
        <source>Organised on</source>
        <translation>Organisation le</translation>
    </message>
    <message>
        <source>Lead ORP</source>
        <translation>ORP responsable</translation>
    </message>
    <message>
        <source>Lead CMS</source>
        <translation>CMS responsable</translation>
    </message>
    <message>
        <source>Other field</source>
        <translation>Autre donnée</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Unknown workstation</source>
        <translation>Poste inconnu</translation>
    </message>
    <message>
        <source>End of rights</source>
        <translation>Fin de droit</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Applied value</source>
        <translation>Valeur appliquée</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Autre valeur</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu la dernière fois</translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s) to review (Sync menu).</source>
        <translation>
            <numerusform>%n nouveau conflit à examiner (menu Synchronisation).</numerusform>
            <numerusform>%n nouveaux conflits à examiner (menu Synchronisation).</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronisation cancelled.</source>
        <translation>Synchronisation annulée.</translation>
    </message>
    <message>
        <source>Not in a sync network: working on this computer only</source>
        <translation>Hors réseau de synchronisation : travail sur cet ordinateur seulement</translation>
    </message>
    <message numerus="yes">
        <source>%n more notice(s) in the Sync dialog</source>
        <translation>
            <numerusform>%n autre avis dans la fenêtre Synchronisation</numerusform>
            <numerusform>%n autres avis dans la fenêtre Synchronisation</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Dernière synchronisation %1</translation>
    </message>
    <message>
        <source>Never synchronised</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n modification à envoyer</numerusform>
            <numerusform>%n modifications à envoyer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept here (no consent)</source>
        <translation>
            <numerusform>%n conservée ici (sans consentement)</numerusform>
            <numerusform>%n conservées ici (sans consentement)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept on this computer (this workstation is outside the consent's scope)</source>
        <translation>
            <numerusform>%n conservée sur cet ordinateur (ce poste est hors du périmètre du consentement)</numerusform>
            <numerusform>%n conservées sur cet ordinateur (ce poste est hors du périmètre du consentement)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n reçue</numerusform>
            <numerusform>%n reçues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused batch(es)</source>
        <translation>
            <numerusform>%n lot refusé</numerusform>
            <numerusform>%n lots refusés</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied value: changed by</source>
        <translation>Valeur appliquée : modifiée par</translation>
    </message>
    <message>
        <source>Other value: changed by</source>
        <translation>Autre valeur : modifiée par</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n conflit ouvert</numerusform>
            <numerusform>%n conflits ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>clock wrong on %n workstation(s)</source>
        <translation>
            <numerusform>horloge fausse sur %n poste</numerusform>
            <numerusform>horloge fausse sur %n postes</numerusform>
        </translation>
    </message>
    <message>
        <source>Last synchronisation before closing…</source>
        <translation>Dernière synchronisation avant de fermer…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Cancel the synchronisation</source>
        <translation>Annuler la synchronisation</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Synchronisation: conflicts and refused batches</source>
        <translation>Synchronisation : conflits et lots refusés</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflits</translation>
    </message>
    <message>
        <source>Two workstations changed the same field at the same time. The later change was applied everywhere; choose the value to keep. Your choice is sent to the other workstations.</source>
        <translation>Deux postes ont modifié le même champ en même temps. La modification la plus récente a été appliquée partout ; choisissez la valeur à conserver. Votre choix est transmis aux autres postes.</translation>
    </message>
    <message>
        <source>Keep the &amp;applied value</source>
        <translation>Garder la valeur &amp;appliquée</translation>
    </message>
    <message>
        <source>Keep the &amp;other value</source>
        <translation>Garder l'&amp;autre valeur</translation>
    </message>
    <message>
        <source>&amp;Refused batches</source>
        <translation>Lots &amp;refusés</translation>
    </message>
    <message>
        <source>These files on the shared folder were refused and never applied. The other batches were applied normally. Tell the CII bureau.</source>
        <translation>Ces fichiers du dossier partagé ont été refusés et jamais appliqués. Les autres lots ont été appliqués normalement. Informez le bureau CII.</translation>
    </message>
</context>
<context>
    <name>SyncRefresh</name>
    <message>
        <source>Changed by a sync: see the open form.</source>
        <translation>Modifié par une synchronisation : voir le formulaire ouvert.</translation>
    </message>
</context>
<context>
    <name>TandemDialog</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Participant/es</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Eligible: %1</source>
        <translation>Éligible : %1</translation>
    </message>
    <message>
        <source>Not eligible: %1</source>
        <translation>Non éligible : %1</translation>
    </message>
    <message>
        <source>Six months: %1 – %2; interviews logged: %3.</source>
        <translation>Six mois : %1 – %2 ; entretiens saisis : %3.</translation>
    </message>
    <message>
        <source>Months with fewer than two interviews: %1</source>
        <translation>Mois avec moins de deux entretiens : %1</translation>
    </message>
    <message>
        <source>The six months are ending: decide what follows.</source>
        <translation>Les six mois arrivent à terme : décidez de la suite.</translation>
    </message>
    <message>
        <source>Tandem started.</source>
        <translation>Tandem démarré.</translation>
    </message>
    <message>
        <source>Interview recorded.</source>
        <translation>Entretien enregistré.</translation>
    </message>
    <message>
        <source>Décloisonnement LIAS-LEMC tandem</source>
        <translation>Mesure décloisonnement LIAS-LEMC (tandem)</translation>
    </message>
    <message>
        <source>&amp;Start (dd.mm.yyyy):</source>
        <translation>&amp;Début (jj.mm.aaaa) :</translation>
    </message>
    <message>
        <source>ORP &amp;counsellor:</source>
        <translation>&amp;Conseiller/ère ORP :</translation>
    </message>
    <message>
        <source>CMS social &amp;worker:</source>
        <translation>&amp;Assistant/e social/e CMS :</translation>
    </message>
    <message>
        <source>Plan &amp;objectives:</source>
        <translation>&amp;Objectifs du plan :</translation>
    </message>
    <message>
        <source>Start the &amp;tandem</source>
        <translation>Démarrer le &amp;tandem</translation>
    </message>
    <message>
        <source>Interview &amp;log:</source>
        <translation>&amp;Journal des entretiens :</translation>
    </message>
    <message>
        <source>Interview &amp;date (dd.mm.yyyy):</source>
        <translation>&amp;Date de l'entretien (jj.mm.aaaa) :</translation>
    </message>
    <message>
        <source>&amp;Who took part:</source>
        <translation>&amp;Participant/es :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>Add to the &amp;log</source>
        <translation>Ajouter au &amp;journal</translation>
    </message>
    <message>
        <source>Closure o&amp;utcome:</source>
        <translation>&amp;Issue :</translation>
    </message>
    <message>
        <source>Closed o&amp;n (dd.mm.yyyy):</source>
        <translation>Clôturé l&amp;e (jj.mm.aaaa) :</translation>
    </message>
    <message>
        <source>Record the o&amp;utcome</source>
        <translation>Enregistrer l'iss&amp;ue</translation>
    </message>
    <message>
        <source>&amp;Print plan and log…</source>
        <translation>Im&amp;primer le plan et le journal…</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Target public</source>
        <translation>Public cible</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>ORP → CMS</source>
        <translation>ORP → CMS</translation>
    </message>
    <message>
        <source>CMS → ORP</source>
        <translation>CMS → ORP</translation>
    </message>
    <message numerus="yes">
        <source>Row(s) %1: no announcement to the ORP.</source>
        <translation>
            <numerusform>Ligne %1 : pas d'annonce à l'ORP.</numerusform>
            <numerusform>Lignes %1 : pas d'annonce à l'ORP.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row of the table matches the person's situation.</source>
        <translation>Aucune ligne du tableau ne correspond à la situation de la personne.</translation>
    </message>
    <message>
        <source>Reminder created.</source>
        <translation>Rappel créé.</translation>
    </message>
    <message>
        <source>This row has no due date.</source>
        <translation>Cette ligne n'a pas d'échéance.</translation>
    </message>
    <message>
        <source>Transition recorded.</source>
        <translation>Transition enregistrée.</translation>
    </message>
    <message>
        <source>Target publics and transitions</source>
        <translation>Publics cibles et transitions</translation>
    </message>
    <message>
        <source>Rows of the ORP–CMS directive's annex that match the person's situation:</source>
        <translation>Lignes de l'annexe de la directive ORP–CMS qui correspondent à la situation de la personne :</translation>
    </message>
    <message>
        <source>Create the &amp;reminder of the selected row</source>
        <translation>Créer le &amp;rappel de la ligne choisie</translation>
    </message>
    <message>
        <source>Record a transition</source>
        <translation>Enregistrer une transition</translation>
    </message>
    <message>
        <source>D&amp;irection:</source>
        <translation>S&amp;ens :</translation>
    </message>
    <message>
        <source>Target &amp;public:</source>
        <translation>Public &amp;cible :</translation>
    </message>
    <message>
        <source>&amp;Date (dd.mm.yyyy):</source>
        <translation>&amp;Date (jj.mm.aaaa) :</translation>
    </message>
    <message>
        <source>&amp;Network meeting on (optional):</source>
        <translation>&amp;Entretien de réseau le (facultatif) :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Remarque :</translation>
    </message>
    <message>
        <source>Re&amp;cord the transition</source>
        <translation>Enre&amp;gistrer la transition</translation>
    </message>
</context>
<context>
    <name>TriageDialog</name>
    <message>
        <source>Announced on</source>
        <translation>Annoncée le</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problématiques</translation>
    </message>
    <message>
        <source>Institutions already involved</source>
        <translation>Institutions déjà impliquées</translation>
    </message>
    <message>
        <source>Measures already tried</source>
        <translation>Mesures déjà essayées</translation>
    </message>
    <message>
        <source>Expected goal</source>
        <translation>Objectif attendu</translation>
    </message>
    <message>
        <source>Decision recorded.</source>
        <translation>Décision enregistrée.</translation>
    </message>
    <message>
        <source>Refusal sent back with the suggestions.</source>
        <translation>Refus renvoyé avec les suggestions.</translation>
    </message>
    <message>
        <source>Bureau CII – announcements to decide</source>
        <translation>Bureau CII – annonces à décider</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>&amp;Refuse (back to the announcing professional)</source>
        <translation>&amp;Refuser (retour au/à la professionnel/le annonçant/e)</translation>
    </message>
    <message>
        <source>&amp;Handling:</source>
        <translation>&amp;Prise en charge :</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>&amp;Suggestions:</source>
        <translation>&amp;Suggestions :</translation>
    </message>
    <message>
        <source>&amp;Record the decision</source>
        <translation>&amp;Enregistrer la décision</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Demo data: the passphrase is %1</source>
        <translation>Données de démonstration : la phrase secrète est %1</translation>
    </message>
    <message>
        <source>Open the database</source>
        <translation>Ouvrir la base de données</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>Clé de &amp;récupération :</translation>
    </message>
    <message>
        <source>I have lost the passphrase or the key: use the &amp;recovery key</source>
        <translation>J'ai perdu la phrase secrète ou la clé : utiliser la clé de &amp;récupération</translation>
    </message>
</context>
<context>
    <name>UnlockPassphraseDialog</name>
    <message>
        <source>Unlock passphrase</source>
        <translation>Phrase secrète de déverrouillage</translation>
    </message>
    <message>
        <source>The window locks itself after a few idle minutes and with Ctrl+L. Your key is kept in this computer's keystore, so choose a passphrase (at least 12 characters) to unlock the window. Without one, only the recovery key unlocks it.</source>
        <translation>La fenêtre se verrouille après quelques minutes d'inactivité et avec Ctrl+L. Votre clé est conservée dans le trousseau de cet ordinateur : choisissez donc une phrase secrète (au moins 12 caractères) pour déverrouiller la fenêtre. Sans elle, seule la clé de récupération la déverrouille.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>Unlock &amp;passphrase…</source>
        <translation>&amp;Phrase secrète de déverrouillage…</translation>
    </message>
</context>
</TS>