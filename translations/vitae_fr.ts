<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AddExperienceDialog</name>
    <message>
        <source>Choose evidence files</source>
        <translation>Choisir des fichiers justificatifs</translation>
    </message>
    <message>
        <source>Add experience</source>
        <translation>Ajouter une expérience</translation>
    </message>
    <message>
        <source>This will be self-asserted: signed by you. Evidence files are kept in your vault and the entry proves they are unchanged.</source>
        <translation>Elle sera autodéclarée : signée par vous. Les fichiers justificatifs sont conservés dans votre coffre et l’entrée prouve qu’ils n’ont pas changé.</translation>
    </message>
    <message>
        <source>Role (required)</source>
        <translation>Rôle (obligatoire)</translation>
    </message>
    <message>
        <source>For example Logistics planning officer</source>
        <translation>Par exemple : officier de planification logistique</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>For example U.S. Army</source>
        <translation>Par exemple : armée américaine</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>For example Fort Hood, Texas</source>
        <translation>Par exemple : Fort Hood, Texas</translation>
    </message>
    <message>
        <source>From (required)</source>
        <translation>Du (obligatoire)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Year-month, e.g. 2012-05</source>
        <translation>Année-mois, p. ex. 2012-05</translation>
    </message>
    <message>
        <source>Start month</source>
        <translation>Mois de début</translation>
    </message>
    <message>
        <source>Empty if ongoing</source>
        <translation>Vide si en cours</translation>
    </message>
    <message>
        <source>End month</source>
        <translation>Mois de fin</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>Ce que vous avez fait</translation>
    </message>
    <message>
        <source>What you did, for example: fleet of 60 vehicles, 1,200 personnel</source>
        <translation>Ce que vous avez fait, par exemple : parc de 60 véhicules, 1 200 personnes</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>A skill, then Enter</source>
        <translation>Une compétence, puis Entrée</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add skill</source>
        <translation>Ajouter la compétence</translation>
    </message>
    <message>
        <source>Remove skill %1</source>
        <translation>Retirer la compétence %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Justificatifs</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove evidence %1</source>
        <translation>Retirer le justificatif %1</translation>
    </message>
    <message>
        <source>Add evidence files…</source>
        <translation>Ajouter des fichiers justificatifs…</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>Ajouter des fichiers justificatifs</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel adding experience</source>
        <translation>Annuler l’ajout de l’expérience</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Signature…</translation>
    </message>
    <message>
        <source>Save entry</source>
        <translation>Enregistrer l’entrée</translation>
    </message>
    <message>
        <source>Save experience</source>
        <translation>Enregistrer l’expérience</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <source>Check my credentials now</source>
        <translation>Vérifier mes attestations maintenant</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Checking your credentials with their issuers…</source>
        <translation>Vérification de vos attestations auprès de leurs émetteurs…</translation>
    </message>
    <message>
        <source>Last checked %1. Vitae checks again each time you unlock, and once a day while it is open.</source>
        <translation>Dernière vérification : %1. Vitae vérifie à nouveau à chaque déverrouillage, et une fois par jour tant qu’il est ouvert.</translation>
    </message>
    <message>
        <source>Vitae checks your credentials each time you unlock, and once a day while it is open.</source>
        <translation>Vitae vérifie vos attestations à chaque déverrouillage, et une fois par jour tant qu’il est ouvert.</translation>
    </message>
    <message>
        <source>No alerts: none of your credentials was revoked, suspended or is about to expire, and your backup is recent.</source>
        <translation>Aucune alerte : aucune de vos attestations n’a été révoquée ou suspendue ni n’est sur le point d’expirer, et votre sauvegarde est récente.</translation>
    </message>
    <message>
        <source>Open the credential</source>
        <translation>Ouvrir l’attestation</translation>
    </message>
    <message>
        <source>Open the credential: %1</source>
        <translation>Ouvrir l’attestation : %1</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>Faire une sauvegarde</translation>
    </message>
</context>
<context>
    <name>CheckLine</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>A verifier asks to see your credentials</source>
        <translation>Un vérificateur demande à voir vos attestations</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Reading the request…</source>
        <translation>Lecture de la demande…</translation>
    </message>
    <message>
        <source>%1 asks for a presentation</source>
        <translation>%1 demande une présentation</translation>
    </message>
    <message>
        <source>Your answer goes to %1.</source>
        <translation>Votre réponse va à %1.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is the verifier&apos;s own description; the signature proves only the identifier above.</source>
        <translation>Le nom « %1 » est la description que le vérificateur donne de lui-même ; la signature ne prouve que l’identifiant ci-dessus.</translation>
    </message>
    <message>
        <source>Vitae could not check who this verifier is. Share only if you trust the address above.</source>
        <translation>Vitae n’a pas pu vérifier qui est ce vérificateur. Ne partagez que si vous faites confiance à l’adresse ci-dessus.</translation>
    </message>
    <message>
        <source>What it would receive</source>
        <translation>Ce qu’il recevrait</translation>
    </message>
    <message>
        <source>It asks for %1</source>
        <translation>Il demande %1</translation>
    </message>
    <message>
        <source>You hold no credential that answers this part of the request.</source>
        <translation>Vous ne détenez aucune attestation qui réponde à cette partie de la demande.</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, de %2</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Utiliser %1</translation>
    </message>
    <message>
        <source>From your credential: %1, issued by %2</source>
        <translation>De votre attestation : %1, délivrée par %2</translation>
    </message>
    <message>
        <source>This credential is shared whole: its format does not let you hide parts of it.</source>
        <translation>Cette attestation est partagée entière : son format ne permet pas d’en masquer des parties.</translation>
    </message>
    <message>
        <source>Only the ticked claims are disclosed, with what the issuer made always visible (issuer, type, dates). Claims marked required cannot be left out.</source>
        <translation>Seules les déclarations cochées sont divulguées, avec ce que l’émetteur a rendu toujours visible (émetteur, type, dates). Les déclarations marquées obligatoires ne peuvent pas être omises.</translation>
    </message>
    <message>
        <source>It asks for no particular claim: only what the issuer made always visible (issuer, type, dates) is disclosed.</source>
        <translation>Il ne demande aucune déclaration précise : seul ce que l’émetteur a rendu toujours visible (émetteur, type, dates) est divulgué.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(obligatoire)</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <source>Disclose %1</source>
        <translation>Divulguer %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send to %1</source>
        <translation>Envoyer à %1</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Decline the request</source>
        <translation>Refuser la demande</translation>
    </message>
    <message>
        <source>Address given by the verifier</source>
        <translation>Adresse donnée par le vérificateur</translation>
    </message>
    <message>
        <source>What you sent is in your share log (Share page).</source>
        <translation>Ce que vous avez envoyé figure dans votre journal de partage (page Partager).</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Done with the request</source>
        <translation>Terminer avec la demande</translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <source>Welcome to Vitae</source>
        <translation>Bienvenue dans Vitae</translation>
    </message>
    <message>
        <source>Vitae keeps your diplomas, badges and certificates in an encrypted vault on this device. Choose a passphrase to lock it.</source>
        <translation>Vitae conserve vos diplômes, badges et certificats dans un coffre chiffré sur cet appareil. Choisissez une phrase secrète pour le verrouiller.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase secrète</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Saisissez-la de nouveau</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Confirmer la phrase secrète</translation>
    </message>
    <message>
        <source>Nobody can recover a forgotten passphrase, not even the makers of Vitae. Write it down somewhere safe, and make a backup once your vault holds credentials.</source>
        <translation>Personne ne peut récupérer une phrase secrète oubliée, pas même les auteurs de Vitae. Notez-la en lieu sûr et faites une sauvegarde dès que votre coffre contient des attestations.</translation>
    </message>
    <message>
        <source>Creating your vault…</source>
        <translation>Création de votre coffre…</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Créer le coffre</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation>Dossier du coffre : %1</translation>
    </message>
</context>
<context>
    <name>CredentialDelegate</name>
    <message>
        <source>%1, issued by %2</source>
        <translation>%1, délivrée par %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>CredentialDetailPage</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to your credentials</source>
        <translation>Revenir à vos attestations</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>Délivrée par %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Valable jusqu’au %1</translation>
    </message>
    <message>
        <source>Checked on %1</source>
        <translation>Vérifiée le %1</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Pas encore vérifiée</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Endorsements</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <source>checked, with a warning: open it to see why</source>
        <translation>vérifiée, avec un avertissement : ouvrez-la pour savoir pourquoi</translation>
    </message>
    <message>
        <source>failed its check</source>
        <translation>n’a pas passé la vérification</translation>
    </message>
    <message>
        <source>%1 (%2): “%3”</source>
        <translation>%1 (%2) : « %3 »</translation>
    </message>
    <message>
        <source>Endorsed by %1</source>
        <translation>Recommandé par %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Check this credential again</source>
        <translation>Vérifier à nouveau cette attestation</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete this credential</source>
        <translation>Supprimer cette attestation</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Types</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>The credential&apos;s exact data</source>
        <translation>Les données exactes de l’attestation</translation>
    </message>
    <message>
        <source>Delete this credential?</source>
        <translation>Supprimer cette attestation ?</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <source>Keep the credential</source>
        <translation>Garder l’attestation</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Confirm deleting the credential</source>
        <translation>Confirmer la suppression de l’attestation</translation>
    </message>
    <message>
        <source>It is removed from this vault. If you have no copy, the issuer may be able to send it again.</source>
        <translation>Elle est retirée de ce coffre. Si vous n’en avez pas de copie, l’émetteur pourra peut-être vous la renvoyer.</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Your credentials</source>
        <translation>Vos attestations</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add credentials from files</source>
        <translation>Ajouter des attestations depuis des fichiers</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>Scan a QR code to add</source>
        <translation>Scanner un code QR pour ajouter</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Paste a code or link</source>
        <translation>Coller un code ou un lien</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Verrouiller le coffre</translation>
    </message>
    <message>
        <source>Add credentials</source>
        <translation>Ajouter des attestations</translation>
    </message>
    <message>
        <source>Credentials, badges and portfolios (*.json *.jwt *.txt *.png *.svg *.pdf)</source>
        <translation>Attestations, badges et portfolios (*.json *.jwt *.txt *.png *.svg *.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Search by title, issuer or skill</source>
        <translation>Rechercher par titre, émetteur ou compétence</translation>
    </message>
    <message>
        <source>Search credentials</source>
        <translation>Rechercher des attestations</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n alert(s) about your vault: see what to do</source>
        <translation>
            <numerusform>⚠ %n alerte concernant votre coffre : voyez quoi faire</numerusform>
            <numerusform>⚠ %n alertes concernant votre coffre : voyez quoi faire</numerusform>
        </translation>
    </message>
    <message>
        <source>See alerts</source>
        <translation>Voir les alertes</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Attestations</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Aucun résultat pour « %1 ».</translation>
    </message>
    <message>
        <source>Your vault is empty. Add a credential file or drop a badge here: it will be verified and kept encrypted.</source>
        <translation>Votre coffre est vide. Ajoutez un fichier d’attestation ou déposez un badge ici : il sera vérifié et conservé chiffré.</translation>
    </message>
    <message>
        <source>Your DID: %1</source>
        <translation>Votre DID : %1</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>Verified, with warnings</source>
        <translation>Vérifiée, avec des avertissements</translation>
    </message>
    <message>
        <source>Failed verification</source>
        <translation>Échec de la vérification</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translation>Statut inconnu</translation>
    </message>
    <message>
        <source>Self-asserted</source>
        <translation>Autodéclarée</translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>Pas encore vérifiée</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All issuers</source>
        <translation>Tous les émetteurs</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Les plus récentes d’abord</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Les plus anciennes d’abord</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Most recently issued</source>
        <translation>Émises le plus récemment</translation>
    </message>
    <message>
        <source>No credential matches these filters.</source>
        <translation>Aucun justificatif ne correspond à ces filtres.</translation>
    </message>
</context>
<context>
    <name>DeletePortfolioDialog</name>
    <message>
        <source>Delete the portfolio?</source>
        <translation>Supprimer le portfolio ?</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Supprimer « %1 » ?</translation>
    </message>
    <message>
        <source>Only the portfolio goes: its credentials, entries and evidence stay in your vault. Files you exported from it are not touched.</source>
        <translation>Seul le portfolio disparaît : ses attestations, entrées et justificatifs restent dans votre coffre. Les fichiers que vous en avez exportés ne sont pas touchés.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <source>Keep the portfolio</source>
        <translation>Garder le portfolio</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Confirm deleting the portfolio</source>
        <translation>Confirmer la suppression du portfolio</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <source>Save the bundle</source>
        <translation>Enregistrer le dossier</translation>
    </message>
    <message>
        <source>Portfolio bundle (*.json)</source>
        <translation>Dossier de portfolio (*.json)</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Exporter un dossier</translation>
    </message>
    <message>
        <source>Title, for example Operations manager, Acme Freight</source>
        <translation>Titre, par exemple : Responsable des opérations, Acme Freight</translation>
    </message>
    <message>
        <source>Bundle title</source>
        <translation>Titre du dossier</translation>
    </message>
    <message>
        <source>Credentials to export</source>
        <translation>Attestations à exporter</translation>
    </message>
    <message>
        <source>%1 (self-asserted)</source>
        <translation>%1 (autodéclarée)</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, de %2</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Annuler l’export</translation>
    </message>
    <message>
        <source>Save bundle…</source>
        <translation>Enregistrer le dossier…</translation>
    </message>
    <message>
        <source>Save bundle</source>
        <translation>Enregistrer le dossier</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <source>Portfolio PDF (*.pdf)</source>
        <translation>PDF de portfolio (*.pdf)</translation>
    </message>
    <message>
        <source>Export the portfolio</source>
        <translation>Exporter le portfolio</translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation>Exporter « %1 »</translation>
    </message>
    <message>
        <source>In this order, each with its evidence files:</source>
        <translation>Dans cet ordre, chacun avec ses fichiers justificatifs :</translation>
    </message>
    <message>
        <source>What the export holds, in order</source>
        <translation>Ce que contient l’export, dans l’ordre</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The PDF reads like a CV and carries the signed bundle, so it can be checked; the bundle alone is for systems that verify.</source>
        <translation>Le PDF se lit comme un CV et contient le dossier signé, pour qu’il puisse être vérifié ; le dossier seul est destiné aux systèmes qui vérifient.</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
</context>
<context>
    <name>FilePathField</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose: %1</source>
        <translation>Choisir : %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Add to your wallet</source>
        <translation>Ajouter à votre portefeuille</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>Délivrée par %1</translation>
    </message>
    <message>
        <source>Cannot be added: %1</source>
        <translation>Ajout impossible : %1</translation>
    </message>
    <message>
        <source>Already in your wallet.</source>
        <translation>Déjà dans votre portefeuille.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel adding</source>
        <translation>Annuler l’ajout</translation>
    </message>
    <message numerus="yes">
        <source>Add %n credential(s)</source>
        <translation>
            <numerusform>Ajouter %n attestation</numerusform>
            <numerusform>Ajouter %n attestations</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to wallet</source>
        <translation>Ajouter au portefeuille</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <source>Save the presentation</source>
        <translation>Enregistrer la présentation</translation>
    </message>
    <message>
        <source>SD-JWT presentation (*.txt)</source>
        <translation>Présentation SD-JWT (*.txt)</translation>
    </message>
    <message>
        <source>Verifiable presentation (*.json)</source>
        <translation>Présentation vérifiable (*.json)</translation>
    </message>
    <message>
        <source>Presentation for the verifier</source>
        <translation>Présentation pour le vérificateur</translation>
    </message>
    <message>
        <source>Presentation QR code</source>
        <translation>Code QR de la présentation</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Pour %1</translation>
    </message>
    <message>
        <source>For the verifier in front of you</source>
        <translation>Pour le vérificateur en face de vous</translation>
    </message>
    <message>
        <source>What they will see</source>
        <translation>Ce qu’il verra</translation>
    </message>
    <message>
        <source>The code changes a few times a second: hold still until the verifier&apos;s device has read it.</source>
        <translation>Le code change plusieurs fois par seconde : ne bougez pas tant que l’appareil du vérificateur ne l’a pas lu.</translation>
    </message>
    <message>
        <source>Let the verifier scan this code. It is in your share log.</source>
        <translation>Laissez le vérificateur scanner ce code. Il figure dans votre journal de partage.</translation>
    </message>
    <message>
        <source>Save as file…</source>
        <translation>Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <source>Save as file</source>
        <translation>Enregistrer dans un fichier</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the QR code</source>
        <translation>Fermer le code QR</translation>
    </message>
</context>
<context>
    <name>LanguageOption</name>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Vitae</source>
        <translation>Vitae</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Credentials</source>
        <translation>Attestations</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>Masquer la phrase secrète</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Afficher la phrase secrète</translation>
    </message>
</context>
<context>
    <name>PendingLinkBanner</name>
    <message>
        <source>Collect</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <source>Collect from this link</source>
        <translation>Récupérer depuis ce lien</translation>
    </message>
    <message>
        <source>Review the request</source>
        <translation>Examiner la demande</translation>
    </message>
    <message>
        <source>Open to verify</source>
        <translation>Ouvrir pour vérifier</translation>
    </message>
    <message>
        <source>Review what the verifier asks for</source>
        <translation>Examiner ce que demande le vérificateur</translation>
    </message>
    <message>
        <source>Open the presentation to verify it</source>
        <translation>Ouvrir la présentation pour la vérifier</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Dismiss the received link</source>
        <translation>Ignorer le lien reçu</translation>
    </message>
    <message>
        <source>Transaction code</source>
        <translation>Code de transaction</translation>
    </message>
    <message>
        <source>Dismiss the opened files</source>
        <translation>Ignorer les fichiers ouverts</translation>
    </message>
</context>
<context>
    <name>PortfolioEditor</name>
    <message>
        <source>‹ All portfolios</source>
        <translation>‹ Tous les portfolios</translation>
    </message>
    <message>
        <source>Back to portfolios</source>
        <translation>Revenir aux portfolios</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export portfolio</source>
        <translation>Exporter le portfolio</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Rename portfolio</source>
        <translation>Renommer le portfolio</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete portfolio</source>
        <translation>Supprimer le portfolio</translation>
    </message>
    <message>
        <source>In this portfolio, in the order it is read</source>
        <translation>Dans ce portfolio, dans l’ordre de lecture</translation>
    </message>
    <message>
        <source>This portfolio is empty. Add credentials, experience entries and endorsements from the list below; they are exported in the order shown here, with their evidence files.</source>
        <translation>Ce portfolio est vide. Ajoutez des attestations, des expériences et des recommandations depuis la liste ci-dessous ; elles sont exportées dans l’ordre affiché ici, avec leurs fichiers justificatifs.</translation>
    </message>
    <message>
        <source>Add to this portfolio</source>
        <translation>Ajouter à ce portfolio</translation>
    </message>
    <message>
        <source>Your vault has nothing to add yet: import a credential on the Credentials page, or add your experience on the Portfolio page first.</source>
        <translation>Votre coffre n’a encore rien à ajouter : importez une attestation depuis la page Attestations, ou ajoutez d’abord votre expérience dans la page Portfolio.</translation>
    </message>
    <message>
        <source>Everything in your vault is in this portfolio.</source>
        <translation>Tout le contenu de votre coffre est dans ce portfolio.</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add %1 to the portfolio</source>
        <translation>Ajouter %1 au portfolio</translation>
    </message>
</context>
<context>
    <name>PortfolioItemDelegate</name>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 sur %2 : %3</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Justificatifs : %1</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Monter %1</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Descendre %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove %1 from the portfolio</source>
        <translation>Retirer %1 du portfolio</translation>
    </message>
</context>
<context>
    <name>PortfolioListSection</name>
    <message>
        <source>Portfolios</source>
        <translation>Portfolios</translation>
    </message>
    <message>
        <source>A portfolio is what you send with one application: the credentials, experience and endorsements that matter for it, in the order you want them read.</source>
        <translation>Un portfolio est ce que vous envoyez avec une candidature : les attestations, expériences et recommandations qui comptent pour elle, dans l’ordre où vous voulez qu’on les lise.</translation>
    </message>
    <message>
        <source>Name, for example Operations manager, Acme Freight</source>
        <translation>Nom, par exemple : Responsable des opérations, Acme Freight</translation>
    </message>
    <message>
        <source>New portfolio name</source>
        <translation>Nom du nouveau portfolio</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Create portfolio</source>
        <translation>Créer le portfolio</translation>
    </message>
    <message>
        <source>No portfolios yet. Name one after the job you are applying for, then add what it should show.</source>
        <translation>Aucun portfolio pour l’instant. Nommez-en un d’après le poste que vous visez, puis ajoutez ce qu’il doit montrer.</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vide</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open portfolio %1</source>
        <translation>Ouvrir le portfolio %1</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Rename portfolio %1</source>
        <translation>Renommer le portfolio %1</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete portfolio %1</source>
        <translation>Supprimer le portfolio %1</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 élément</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 éléments</translation>
    </message>
</context>
<context>
    <name>PortfolioPage</name>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Exporter un dossier</translation>
    </message>
    <message>
        <source>Your experience, in your own words. Entries are self-asserted: signed by you, not checked by anyone else until someone endorses them.</source>
        <translation>Votre expérience, avec vos propres mots. Les entrées sont autodéclarées : signées par vous, vérifiées par personne tant que quelqu’un ne les recommande pas.</translation>
    </message>
    <message>
        <source>Add experience</source>
        <translation>Ajouter une expérience</translation>
    </message>
    <message>
        <source>No entries yet. Add a job, a volunteer role or anything you did that others should know about.</source>
        <translation>Aucune entrée pour l’instant. Ajoutez un emploi, un bénévolat ou tout ce que vous avez fait et que d’autres devraient connaître.</translation>
    </message>
    <message>
        <source>%1, self-asserted</source>
        <translation>%1, autodéclarée</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Justificatifs : %1</translation>
    </message>
    <message>
        <source>No evidence files attached.</source>
        <translation>Aucun fichier justificatif joint.</translation>
    </message>
</context>
<context>
    <name>PortfolioViewModel</name>
    <message>
        <source>Experience entry, self-asserted</source>
        <translation>Expérience, autodéclarée</translation>
    </message>
    <message>
        <source>Endorsement</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Attestation</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>RememberDeviceOption</name>
    <message>
        <source>Remember on this device</source>
        <translation>Mémoriser sur cet appareil</translation>
    </message>
    <message>
        <source>When this is on, this device&apos;s keychain keeps a key that opens your vault without the passphrase. Anyone who can use your logged-in account on this device can then open the vault. Your passphrase itself is never saved, and it still works. Turning this off removes the key.</source>
        <translation>Lorsque cette option est activée, le trousseau de cet appareil conserve une clé qui ouvre votre coffre sans la phrase secrète. Quiconque peut utiliser votre session sur cet appareil peut alors ouvrir le coffre. Votre phrase secrète elle-même n’est jamais enregistrée et fonctionne toujours. La désactiver supprime la clé.</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Indisponible : %1</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
</context>
<context>
    <name>RenamePortfolioDialog</name>
    <message>
        <source>Rename the portfolio</source>
        <translation>Renommer le portfolio</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>Renommer « %1 »</translation>
    </message>
    <message>
        <source>Portfolio name</source>
        <translation>Nom du portfolio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel renaming</source>
        <translation>Annuler le renommage</translation>
    </message>
    <message>
        <source>Save name</source>
        <translation>Enregistrer le nom</translation>
    </message>
    <message>
        <source>Save the new name</source>
        <translation>Enregistrer le nouveau nom</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Open a picture of a QR code</source>
        <translation>Ouvrir une image d’un code QR</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>QR code scanner</source>
        <translation>Lecteur de codes QR</translation>
    </message>
    <message>
        <source>Scan a QR code</source>
        <translation>Scanner un code QR</translation>
    </message>
    <message>
        <source>Camera view</source>
        <translation>Vue de la caméra</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>Aucune caméra trouvée</translation>
    </message>
    <message>
        <source>You can still read the code: open a picture or screenshot of it, or copy the code (or the link or text it holds) and paste it here with Paste or Ctrl+V.</source>
        <translation>Vous pouvez quand même lire le code : ouvrez une image ou une capture d’écran, ou copiez le code (ou le lien ou le texte qu’il contient) et collez-le ici avec Coller ou Ctrl+V.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Scan status: %1</source>
        <translation>État du scan : %1</translation>
    </message>
    <message>
        <source>Open a picture…</source>
        <translation>Ouvrir une image…</translation>
    </message>
    <message>
        <source>Open a picture of the code</source>
        <translation>Ouvrir une image du code</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Paste a code</source>
        <translation>Coller un code</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel scanning</source>
        <translation>Annuler le scan</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>After 1 minute</source>
        <translation>Après 1 minute</translation>
    </message>
    <message>
        <source>After %1 minutes</source>
        <translation>Après %1 minutes</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Enregistrer la sauvegarde sous</translation>
    </message>
    <message>
        <source>Vitae backups (*.vitaebackup)</source>
        <translation>Sauvegardes Vitae (*.vitaebackup)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Choisir une sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>Choose a folder for the restored vault</source>
        <translation>Choisir un dossier pour le coffre restauré</translation>
    </message>
    <message>
        <source>Add a trust list</source>
        <translation>Ajouter une liste de confiance</translation>
    </message>
    <message>
        <source>Trust lists and issuer registries (*.json)</source>
        <translation>Listes de confiance et registres d’émetteurs (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) about your vault</source>
        <translation>
            <numerusform>%n alerte concernant votre coffre</numerusform>
            <numerusform>%n alertes concernant votre coffre</numerusform>
        </translation>
    </message>
    <message>
        <source>See alerts</source>
        <translation>Voir les alertes</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Lock the vault when Vitae is not used</source>
        <translation>Verrouiller le coffre quand Vitae n’est pas utilisé</translation>
    </message>
    <message>
        <source>Auto-lock time</source>
        <translation>Délai de verrouillage automatique</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Verrouiller maintenant</translation>
    </message>
    <message>
        <source>Trust lists</source>
        <translation>Listes de confiance</translation>
    </message>
    <message>
        <source>Issuers on your trust lists show as known issuers when Vitae checks a credential. Lists come from your school, employer or a registry such as the Digital Credentials Consortium&apos;s.</source>
        <translation>Les émetteurs de vos listes de confiance apparaissent comme émetteurs connus quand Vitae vérifie une attestation. Les listes viennent de votre école, de votre employeur ou d’un registre comme celui du Digital Credentials Consortium.</translation>
    </message>
    <message>
        <source>No trust lists yet.</source>
        <translation>Aucune liste de confiance pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n issuer(s)</source>
        <translation>
            <numerusform>%1 · %n émetteur</numerusform>
            <numerusform>%1 · %n émetteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove trust list %1</source>
        <translation>Retirer la liste de confiance %1</translation>
    </message>
    <message>
        <source>Trust list file</source>
        <translation>Fichier de liste de confiance</translation>
    </message>
    <message>
        <source>Trust list file (JSON)</source>
        <translation>Fichier de liste de confiance (JSON)</translation>
    </message>
    <message>
        <source>Add trust list</source>
        <translation>Ajouter la liste de confiance</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Dernière sauvegarde : %1</translation>
    </message>
    <message>
        <source>You have not made a backup of this vault yet.</source>
        <translation>Vous n’avez pas encore sauvegardé ce coffre.</translation>
    </message>
    <message>
        <source>A backup is one encrypted file holding your whole vault, your keys included. It has a passphrase of its own: keep the file on another device and the passphrase somewhere safe.</source>
        <translation>Une sauvegarde est un seul fichier chiffré contenant tout votre coffre, clés comprises. Elle a sa propre phrase secrète : gardez le fichier sur un autre appareil et la phrase secrète en lieu sûr.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Where to save it, e.g. %1</source>
        <translation>Où l’enregistrer, p. ex. %1</translation>
    </message>
    <message>
        <source>Passphrase for the backup</source>
        <translation>Phrase secrète de la sauvegarde</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Phrase secrète de sauvegarde</translation>
    </message>
    <message>
        <source>Backup passphrase strength</source>
        <translation>Robustesse de la phrase secrète de sauvegarde</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Saisissez-la de nouveau</translation>
    </message>
    <message>
        <source>Confirm backup passphrase</source>
        <translation>Confirmer la phrase secrète de sauvegarde</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Make backup</source>
        <translation>Faire la sauvegarde</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Backup file to restore</source>
        <translation>Fichier de sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase</source>
        <translation>La phrase secrète de la sauvegarde</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Phrase secrète de la sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>Folder for the restored vault</source>
        <translation>Dossier du coffre restauré</translation>
    </message>
    <message>
        <source>A new, empty folder</source>
        <translation>Un dossier nouveau et vide</translation>
    </message>
    <message>
        <source>Passphrase for the restored vault</source>
        <translation>Phrase secrète du coffre restauré</translation>
    </message>
    <message>
        <source>Confirm passphrase for the restored vault</source>
        <translation>Confirmer la phrase secrète du coffre restauré</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restauration…</translation>
    </message>
    <message>
        <source>Restore into a new vault</source>
        <translation>Restaurer dans un nouveau coffre</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation>Dossier du coffre : %1</translation>
    </message>
    <message>
        <source>Restoring builds a new vault from a backup, in a folder of its own, with a new passphrase. The vault you have open now is never changed or replaced. Open the restored vault by starting Vitae with -⁠-⁠vault and its folder.</source>
        <translation>La restauration crée un nouveau coffre à partir d’une sauvegarde, dans son propre dossier, avec une nouvelle phrase secrète. Le coffre ouvert n’est jamais modifié ni remplacé. Ouvrez le coffre restauré en lançant Vitae avec -⁠-⁠vault et son dossier.</translation>
    </message>
</context>
<context>
    <name>SharePage</name>
    <message>
        <source>Share credentials</source>
        <translation>Partager des attestations</translation>
    </message>
    <message>
        <source>1. Choose what to share</source>
        <translation>1. Choisissez ce que vous partagez</translation>
    </message>
    <message>
        <source>Your vault has no credentials to share yet.</source>
        <translation>Votre coffre ne contient encore aucune attestation à partager.</translation>
    </message>
    <message>
        <source>Share %1</source>
        <translation>Partager %1</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>Délivrée par %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Disclose %1</source>
        <translation>Divulguer %1</translation>
    </message>
    <message>
        <source>2. Who is asking</source>
        <translation>2. Qui le demande</translation>
    </message>
    <message>
        <source>The verifier gives you a challenge (scan their code or type it). It ties this presentation to them, so it cannot be replayed elsewhere.</source>
        <translation>Le vérificateur vous donne un défi (scannez son code ou saisissez-le). Il lie cette présentation à lui, pour qu’elle ne puisse pas être rejouée ailleurs.</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Défi</translation>
    </message>
    <message>
        <source>Verifier&apos;s challenge</source>
        <translation>Défi du vérificateur</translation>
    </message>
    <message>
        <source>Domain, for example jobs.example (optional)</source>
        <translation>Domaine, par exemple jobs.example (facultatif)</translation>
    </message>
    <message>
        <source>Verifier&apos;s domain</source>
        <translation>Domaine du vérificateur</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Signature…</translation>
    </message>
    <message>
        <source>Build presentation</source>
        <translation>Créer la présentation</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) chosen.</source>
        <translation>
            <numerusform>%n attestation choisie.</numerusform>
            <numerusform>%n attestations choisies.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your share log</source>
        <translation>Votre journal de partage</translation>
    </message>
    <message>
        <source>Nothing shared yet. Every presentation you make is listed here: what, to whom, and when.</source>
        <translation>Rien n’a encore été partagé. Chaque présentation que vous faites figure ici : quoi, à qui et quand.</translation>
    </message>
    <message>
        <source>%1 · to %2 by %3</source>
        <translation>%1 · à %2 par %3</translation>
    </message>
</context>
<context>
    <name>SkillsPage</name>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Search skills</source>
        <translation>Rechercher des compétences</translation>
    </message>
    <message>
        <source>No skill matches “%1”.</source>
        <translation>Aucune compétence ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>No skills yet. They come from your credentials&apos; alignments and tags, and from the skills you list in your portfolio entries.</source>
        <translation>Aucune compétence pour l’instant. Elles proviennent des alignements et étiquettes de vos attestations, et des compétences que vous indiquez dans les entrées de votre portfolio.</translation>
    </message>
    <message>
        <source>Skill %1. %2</source>
        <translation>Compétence %1. %2</translation>
    </message>
    <message>
        <source>%1 (self-asserted)</source>
        <translation>%1 (autodéclarée)</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>Verified, with warnings</source>
        <translation>Vérifiée, avec des avertissements</translation>
    </message>
    <message>
        <source>Failed verification</source>
        <translation>Échec de la vérification</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translation>Statut inconnu</translation>
    </message>
    <message>
        <source>Self-asserted</source>
        <translation>Autodéclarée</translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>Pas encore vérifiée</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock your vault</source>
        <translation>Déverrouillez votre coffre</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Unlocking on this device…</source>
        <translation>Déverrouillage sur cet appareil…</translation>
    </message>
    <message>
        <source>Unlock on this device</source>
        <translation>Déverrouiller sur cet appareil</translation>
    </message>
    <message>
        <source>Opens the vault with the key kept in this device&apos;s keychain, without the passphrase.</source>
        <translation>Ouvre le coffre avec la clé conservée dans le trousseau de cet appareil, sans la phrase secrète.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Verify a presentation</source>
        <translation>Vérifier une présentation</translation>
    </message>
    <message>
        <source>Open a presentation</source>
        <translation>Ouvrir une présentation</translation>
    </message>
    <message>
        <source>Presentations (*.json *.txt)</source>
        <translation>Présentations (*.json *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>1. Your challenge</source>
        <translation>1. Votre défi</translation>
    </message>
    <message>
        <source>Make a new challenge for each interview and let the learner scan it, so what they show was made for you alone.</source>
        <translation>Créez un nouveau défi pour chaque entretien et laissez la personne le scanner, afin que ce qu’elle vous montre soit fait pour vous seul.</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Défi</translation>
    </message>
    <message>
        <source>Your challenge</source>
        <translation>Votre défi</translation>
    </message>
    <message>
        <source>Your domain (optional)</source>
        <translation>Votre domaine (facultatif)</translation>
    </message>
    <message>
        <source>Your domain</source>
        <translation>Votre domaine</translation>
    </message>
    <message>
        <source>New challenge</source>
        <translation>Nouveau défi</translation>
    </message>
    <message>
        <source>Challenge QR code</source>
        <translation>Code QR du défi</translation>
    </message>
    <message>
        <source>2. What the learner shows you</source>
        <translation>2. Ce que la personne vous montre</translation>
    </message>
    <message>
        <source>Paste the presentation or its link here</source>
        <translation>Collez ici la présentation ou son lien</translation>
    </message>
    <message>
        <source>Presentation text</source>
        <translation>Texte de la présentation</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Open presentation file</source>
        <translation>Ouvrir un fichier de présentation</translation>
    </message>
    <message>
        <source>Scan QR…</source>
        <translation>Scanner un QR…</translation>
    </message>
    <message>
        <source>Scan a presentation QR code</source>
        <translation>Scanner le code QR d’une présentation</translation>
    </message>
    <message>
        <source>Paste code</source>
        <translation>Coller le code</translation>
    </message>
    <message>
        <source>Paste a presentation code</source>
        <translation>Coller le code d’une présentation</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Verify presentation</source>
        <translation>Vérifier la présentation</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Checked on this device only; nothing is kept.</source>
        <translation>Vérifié sur cet appareil uniquement ; rien n’est conservé.</translation>
    </message>
    <message>
        <source>The verdict appears here: whether the presentation was made for your challenge, who issued each credential, and exactly what the learner disclosed.</source>
        <translation>Le verdict s’affiche ici : si la présentation a été faite pour votre défi, qui a délivré chaque attestation et ce que la personne a divulgué exactement.</translation>
    </message>
    <message>
        <source>Presented by %1</source>
        <translation>Présentée par %1</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>Délivrée par %1</translation>
    </message>
    <message>
        <source>Disclosed by the holder</source>
        <translation>Divulgué par le titulaire</translation>
    </message>
    <message>
        <source>What it says</source>
        <translation>Ce qu’elle indique</translation>
    </message>
    <message>
        <source>Disclosed claims: %1</source>
        <translation>Déclarations divulguées : %1</translation>
    </message>
</context>
<context>
    <name>vitae</name>
    <message>
        <source>%1 is too large to search for a QR code.</source>
        <translation>%1 est trop volumineux pour y chercher un code QR.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a picture.</source>
        <translation>%1 ne peut pas être lu comme une image.</translation>
    </message>
    <message>
        <source>The code could not be read whole, so Vitae starts reading it again.</source>
        <translation>Le code n’a pas pu être lu en entier ; Vitae recommence sa lecture.</translation>
    </message>
    <message>
        <source>This picture is too large to search for a QR code.</source>
        <translation>Cette image est trop grande pour y chercher un code QR.</translation>
    </message>
    <message>
        <source>The picture is empty or cannot be read.</source>
        <translation>L’image est vide ou illisible.</translation>
    </message>
    <message>
        <source>The camera gave an empty frame.</source>
        <translation>La caméra a fourni une image vide.</translation>
    </message>
    <message>
        <source>The camera&apos;s frames cannot be read.</source>
        <translation>Les images de la caméra sont illisibles.</translation>
    </message>
    <message>
        <source>The camera&apos;s picture format cannot be read for QR codes.</source>
        <translation>Le format d’image de la caméra ne peut pas être lu pour les codes QR.</translation>
    </message>
    <message>
        <source>Fetching %1 was cancelled.</source>
        <translation>La récupération de %1 a été annulée.</translation>
    </message>
    <message>
        <source>The server answered %1 for %2.</source>
        <translation>Le serveur a répondu %1 pour %2.</translation>
    </message>
    <message>
        <source>There is nothing to use here: the text is empty.</source>
        <translation>Il n’y a rien à utiliser ici : le texte est vide.</translation>
    </message>
    <message>
        <source>This looks like JSON but cannot be read, so it was not used.</source>
        <translation>Cela ressemble à du JSON, mais c’est illisible ; rien n’a donc été utilisé.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation>La sauvegarde %1 est endommagée : %2</translation>
    </message>
    <message>
        <source>%1 is not a Vitae backup.</source>
        <translation>%1 n’est pas une sauvegarde Vitae.</translation>
    </message>
    <message>
        <source>This backup was made by a newer Vitae (format %1); update Vitae to restore it.</source>
        <translation>Cette sauvegarde a été faite par une version plus récente de Vitae (format %1) ; mettez Vitae à jour pour la restaurer.</translation>
    </message>
    <message>
        <source>The backup keys could not be derived.</source>
        <translation>Les clés de la sauvegarde n’ont pas pu être dérivées.</translation>
    </message>
    <message>
        <source>The backup&apos;s contents are malformed: %1</source>
        <translation>Le contenu de la sauvegarde est mal formé : %1</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read: %2</source>
        <translation>La sauvegarde %1 est illisible : %2</translation>
    </message>
    <message>
        <source>The backup passphrase is not correct.</source>
        <translation>La phrase secrète de la sauvegarde est incorrecte.</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was kept.</source>
        <translation>La restauration a été annulée ; rien n’a été conservé.</translation>
    </message>
    <message>
        <source>The backup was cancelled; no file was written.</source>
        <translation>La sauvegarde a été annulée ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Unlock the vault to back it up.</source>
        <translation>Déverrouillez le coffre pour le sauvegarder.</translation>
    </message>
    <message>
        <source>Choose a passphrase for the backup.</source>
        <translation>Choisissez une phrase secrète pour la sauvegarde.</translation>
    </message>
    <message>
        <source>The backup chunk size is out of range.</source>
        <translation>La taille des blocs de la sauvegarde est hors limites.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be written: %2</source>
        <translation>Impossible d’écrire la sauvegarde %1 : %2</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation>La sauvegarde %1 n’a pas pu être écrite : %2</translation>
    </message>
    <message>
        <source>The backup %1 could not be saved: %2</source>
        <translation>La sauvegarde %1 n’a pas pu être enregistrée : %2</translation>
    </message>
    <message>
        <source>The backup %1 was written, but the vault could not note when: %2</source>
        <translation>La sauvegarde %1 a été écrite, mais le coffre n’a pas pu noter sa date : %2</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>La sauvegarde n’a pas pu être écrite : %1</translation>
    </message>
    <message>
        <source>The backup %1 is incomplete: it ends before its last part (it may have been cut short while being copied or saved).</source>
        <translation>La sauvegarde %1 est incomplète : elle s’arrête avant sa dernière partie (elle a peut-être été tronquée lors d’une copie ou d’un enregistrement).</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest is malformed: %1</source>
        <translation>Le manifeste de la sauvegarde est mal formé : %1</translation>
    </message>
    <message>
        <source>This backup was made by a newer Vitae (contents version %1); update Vitae to restore it.</source>
        <translation>Cette sauvegarde a été faite par une version plus récente de Vitae (version de contenu %1) ; mettez Vitae à jour pour la restaurer.</translation>
    </message>
    <message>
        <source>An item in the vault is too large to back up (%1 MB).</source>
        <translation>Un élément du coffre est trop volumineux pour être sauvegardé (%1 Mo).</translation>
    </message>
    <message>
        <source>The folder %1 already holds a vault; a restore never touches an existing vault. Choose a new folder.</source>
        <translation>Le dossier %1 contient déjà un coffre ; une restauration ne touche jamais un coffre existant. Choisissez un nouveau dossier.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty; choose a new or empty folder for the restored vault.</source>
        <translation>Le dossier %1 n’est pas vide ; choisissez un dossier nouveau ou vide pour le coffre restauré.</translation>
    </message>
    <message>
        <source>Choose a passphrase for the restored vault.</source>
        <translation>Choisissez une phrase secrète pour le coffre restauré.</translation>
    </message>
    <message>
        <source>This backup holds a vault from a newer Vitae (schema %1); update Vitae to restore it.</source>
        <translation>Cette sauvegarde contient un coffre d’une version plus récente de Vitae (schéma %1) ; mettez Vitae à jour pour la restaurer.</translation>
    </message>
    <message>
        <source>The folder %1 is no longer empty; nothing was restored.</source>
        <translation>Le dossier %1 n’est plus vide ; rien n’a été restauré.</translation>
    </message>
    <message>
        <source>The restored vault could not be moved to %1.</source>
        <translation>Le coffre restauré n’a pas pu être déplacé vers %1.</translation>
    </message>
    <message>
        <source>The date in &quot;%1&quot; cannot be read.</source>
        <translation>La date de « %1 » est illisible.</translation>
    </message>
    <message>
        <source>The credential is %1 MB; Vitae reads credentials up to %2 MB.</source>
        <translation>L’attestation fait %1 Mo ; Vitae lit les attestations jusqu’à %2 Mo.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>This is a presentation holding credentials, not a single credential.</source>
        <translation>Ceci est une présentation contenant des attestations, pas une attestation seule.</translation>
    </message>
    <message>
        <source>This JSON is not a verifiable credential (it needs @context and the type VerifiableCredential).</source>
        <translation>Ce JSON n’est pas une attestation vérifiable (il lui faut @context et le type VerifiableCredential).</translation>
    </message>
    <message>
        <source>This is not a credential Vitae can read (not JSON, a JWT or an SD-JWT).</source>
        <translation>Ce n’est pas une attestation que Vitae sait lire (ni JSON, ni JWT, ni SD-JWT).</translation>
    </message>
    <message>
        <source>This JWT does not hold a verifiable credential (no &quot;vc&quot; claim).</source>
        <translation>Ce JWT ne contient pas d’attestation vérifiable (pas de déclaration « vc »).</translation>
    </message>
    <message>
        <source>This Open Badge has no id or no badge.</source>
        <translation>Cet Open Badge n’a pas d’id ou pas de badge.</translation>
    </message>
    <message>
        <source>This SD-JWT is not a credential (its type is &quot;%1&quot;, not dc+sd-jwt).</source>
        <translation>Ce SD-JWT n’est pas une attestation (son type est « %1 », pas dc+sd-jwt).</translation>
    </message>
    <message>
        <source>The SD-JWT credential lacks its issuer (iss) or type (vct).</source>
        <translation>L’attestation SD-JWT n’a pas d’émetteur (iss) ou de type (vct).</translation>
    </message>
    <message>
        <source>The credential does not have the type VerifiableCredential.</source>
        <translation>L’attestation n’a pas le type VerifiableCredential.</translation>
    </message>
    <message>
        <source>The credential does not say who issued it.</source>
        <translation>L’attestation n’indique pas qui l’a délivrée.</translation>
    </message>
    <message>
        <source>The credential has no credentialSubject.</source>
        <translation>L’attestation n’a pas de credentialSubject.</translation>
    </message>
    <message>
        <source>The CLR holds more credentials than Vitae reads (%1).</source>
        <translation>Le CLR contient plus d’attestations que Vitae n’en lit (%1).</translation>
    </message>
    <message>
        <source>A credential inside the CLR is not a JSON object.</source>
        <translation>Une attestation du CLR n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>A credential inside the CLR: %1</source>
        <translation>Une attestation du CLR : %1</translation>
    </message>
    <message>
        <source>The encrypted data is too short.</source>
        <translation>Les données chiffrées sont trop courtes.</translation>
    </message>
    <message>
        <source>Decryption failed.</source>
        <translation>Le déchiffrement a échoué.</translation>
    </message>
    <message>
        <source>An Ed25519 seed is 32 bytes.</source>
        <translation>Une graine Ed25519 fait 32 octets.</translation>
    </message>
    <message>
        <source>The key derivation settings are weaker than Vitae allows (at least %1 passes and %2 MiB).</source>
        <translation>Les paramètres de dérivation de clé sont plus faibles que ce que Vitae autorise (au moins %1 passes et %2 Mio).</translation>
    </message>
    <message>
        <source>The key derivation settings ask for more than this machine should spend (at most %1 passes and %2 MiB).</source>
        <translation>Les paramètres de dérivation de clé demandent plus que ce que cette machine devrait y consacrer (au plus %1 passes et %2 Mio).</translation>
    </message>
    <message>
        <source>The key derivation salt must be 16 bytes.</source>
        <translation>Le sel de dérivation de clé doit faire 16 octets.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>Mémoire insuffisante pour dériver la clé de la phrase secrète.</translation>
    </message>
    <message>
        <source>The DID document of %1 has no verification method %2.</source>
        <translation>Le document DID de %1 n’a pas de méthode de vérification %2.</translation>
    </message>
    <message>
        <source>%1 is not authorised to issue credentials (assertionMethod).</source>
        <translation>%1 n’est pas autorisé à délivrer des attestations (assertionMethod).</translation>
    </message>
    <message>
        <source>The DID document for %1 has no &quot;id&quot;.</source>
        <translation>Le document DID de %1 n’a pas d’« id ».</translation>
    </message>
    <message>
        <source>The DID document for %1 describes a different DID (%2).</source>
        <translation>Le document DID de %1 décrit un autre DID (%2).</translation>
    </message>
    <message>
        <source>The key in %1 is not usable: %2</source>
        <translation>La clé de %1 est inutilisable : %2</translation>
    </message>
    <message>
        <source>Not a valid did:jwk: %1.</source>
        <translation>did:jwk non valide : %1.</translation>
    </message>
    <message>
        <source>Not a valid did:key: %1</source>
        <translation>did:key non valide : %1</translation>
    </message>
    <message>
        <source>Not a valid did:web: %1</source>
        <translation>did:web non valide : %1</translation>
    </message>
    <message>
        <source>The DID document of %1 could not be fetched: %2</source>
        <translation>Le document DID de %1 n’a pas pu être récupéré : %2</translation>
    </message>
    <message>
        <source>The DID document of %1 at %2 is not valid JSON: %3</source>
        <translation>Le document DID de %1 à l’adresse %2 n’est pas un JSON valide : %3</translation>
    </message>
    <message>
        <source>The baked credential is larger than %1</source>
        <translation>L’attestation intégrée dépasse %1</translation>
    </message>
    <message>
        <source>The %1 is larger than %2, the most Vitae reads</source>
        <translation>%1 dépasse %2, le maximum que Vitae lit</translation>
    </message>
    <message>
        <source>The baked credential is empty</source>
        <translation>L’attestation intégrée est vide</translation>
    </message>
    <message>
        <source>The baked credential is neither JSON, a signed token nor a web address</source>
        <translation>L’attestation intégrée n’est ni du JSON, ni un jeton signé, ni une adresse web</translation>
    </message>
    <message>
        <source>The compressed badge text could not be read</source>
        <translation>Le texte compressé du badge n’a pas pu être lu</translation>
    </message>
    <message>
        <source>The compressed badge text in the PNG is damaged</source>
        <translation>Le texte compressé du badge dans le PNG est endommagé</translation>
    </message>
    <message>
        <source>The badge text chunk in the PNG is malformed</source>
        <translation>Le bloc de texte du badge dans le PNG est mal formé</translation>
    </message>
    <message>
        <source>This file is not a PNG image</source>
        <translation>Ce fichier n’est pas une image PNG</translation>
    </message>
    <message>
        <source>The PNG is damaged (it ends before its last chunk)</source>
        <translation>Le PNG est endommagé (il s’arrête avant son dernier bloc)</translation>
    </message>
    <message>
        <source>The PNG is damaged (a chunk has an invalid type)</source>
        <translation>Le PNG est endommagé (un bloc a un type non valide)</translation>
    </message>
    <message>
        <source>The PNG is damaged (chunk %1 runs past the end of the file)</source>
        <translation>Le PNG est endommagé (le bloc %1 dépasse la fin du fichier)</translation>
    </message>
    <message>
        <source>The PNG is damaged (chunk %1 fails its checksum)</source>
        <translation>Le PNG est endommagé (le bloc %1 échoue à sa somme de contrôle)</translation>
    </message>
    <message>
        <source>This PNG holds more than one baked badge</source>
        <translation>Ce PNG contient plus d’un badge intégré</translation>
    </message>
    <message>
        <source>This PNG has no badge baked into it</source>
        <translation>Ce PNG ne contient aucun badge intégré</translation>
    </message>
    <message>
        <source>The SVG is damaged (line %1: %2)</source>
        <translation>Le SVG est endommagé (ligne %1 : %2)</translation>
    </message>
    <message>
        <source>The SVG declares entities, which Vitae never loads</source>
        <translation>Le SVG déclare des entités, que Vitae ne charge jamais</translation>
    </message>
    <message>
        <source>This file is not an SVG image</source>
        <translation>Ce fichier n’est pas une image SVG</translation>
    </message>
    <message>
        <source>This SVG holds more than one baked badge</source>
        <translation>Ce SVG contient plus d’un badge intégré</translation>
    </message>
    <message>
        <source>The baked badge element in the SVG is malformed</source>
        <translation>L’élément de badge intégré du SVG est mal formé</translation>
    </message>
    <message>
        <source>This SVG has no badge baked into it</source>
        <translation>Ce SVG ne contient aucun badge intégré</translation>
    </message>
    <message>
        <source>This %1 does not hold credentials to collect.</source>
        <translation>Ceci (%1) ne contient aucune attestation à récupérer.</translation>
    </message>
    <message>
        <source>Collecting the credential was cancelled.</source>
        <translation>La récupération de l’attestation a été annulée.</translation>
    </message>
    <message>
        <source>No network client was given to reach %1.</source>
        <translation>Aucun client réseau n’a été fourni pour joindre %1.</translation>
    </message>
    <message>
        <source>Vitae will not contact %1: %2</source>
        <translation>Vitae ne contactera pas %1 : %2</translation>
    </message>
    <message>
        <source>Vitae could not get %1: %2</source>
        <translation>Vitae n’a pas pu obtenir %1 : %2</translation>
    </message>
    <message>
        <source>The server refused %1 (%2)%3</source>
        <translation>Le serveur a refusé %1 (%2)%3</translation>
    </message>
    <message>
        <source>The server answered %1 when asked for %2.</source>
        <translation>Le serveur a répondu %1 à la demande de %2.</translation>
    </message>
    <message>
        <source>The server sent %1 as &quot;%2&quot;, not as JSON.</source>
        <translation>Le serveur a envoyé %1 en « %2 », pas en JSON.</translation>
    </message>
    <message>
        <source>The server sent %1, but it is not a JSON object: %2</source>
        <translation>Le serveur a envoyé %1, mais ce n’est pas un objet JSON : %2</translation>
    </message>
    <message>
        <source>The credential offer does not say which credentials it offers (credential_configuration_ids).</source>
        <translation>L’offre d’attestation n’indique pas quelles attestations elle propose (credential_configuration_ids).</translation>
    </message>
    <message>
        <source>The credential offer lists more than %1 credentials.</source>
        <translation>L’offre d’attestation en propose plus de %1.</translation>
    </message>
    <message>
        <source>The credential offer names a credential in a form Vitae does not know.</source>
        <translation>L’offre d’attestation désigne une attestation sous une forme que Vitae ne connaît pas.</translation>
    </message>
    <message>
        <source>The credential offer&apos;s tx_code is not an object.</source>
        <translation>Le tx_code de l’offre d’attestation n’est pas un objet.</translation>
    </message>
    <message>
        <source>The credential offer&apos;s transaction code length is not a sensible number.</source>
        <translation>La longueur du code de transaction de l’offre n’est pas un nombre raisonnable.</translation>
    </message>
    <message>
        <source>The credential offer asks for a transaction code of an unknown kind (%1).</source>
        <translation>L’offre d’attestation demande un code de transaction d’un type inconnu (%1).</translation>
    </message>
    <message>
        <source>The credential offer is not valid JSON: %1</source>
        <translation>L’offre d’attestation n’est pas un JSON valide : %1</translation>
    </message>
    <message>
        <source>The credential offer does not say which issuer it is from (credential_issuer).</source>
        <translation>L’offre d’attestation n’indique pas de quel émetteur elle vient (credential_issuer).</translation>
    </message>
    <message>
        <source>The credential offer&apos;s issuer cannot be used: %1</source>
        <translation>L’émetteur de l’offre d’attestation est inutilisable : %1</translation>
    </message>
    <message>
        <source>The credential offer&apos;s issuer address has a query or fragment, which issuers may not have.</source>
        <translation>L’adresse de l’émetteur de l’offre contient une requête ou un fragment, ce qu’un émetteur ne peut pas avoir.</translation>
    </message>
    <message>
        <source>The credential offer&apos;s grants are not an object.</source>
        <translation>Les autorisations (grants) de l’offre d’attestation ne sont pas un objet.</translation>
    </message>
    <message>
        <source>This offer can only be used by signing in at the issuer, which Vitae cannot do yet (it has no pre-authorized code).</source>
        <translation>Cette offre ne peut être utilisée qu’en se connectant chez l’émetteur, ce que Vitae ne sait pas encore faire (elle n’a pas de code pré-autorisé).</translation>
    </message>
    <message>
        <source>The credential offer&apos;s pre-authorized grant has no code.</source>
        <translation>L’autorisation pré-autorisée de l’offre n’a pas de code.</translation>
    </message>
    <message>
        <source>The credential offer&apos;s authorization server cannot be used: %1</source>
        <translation>Le serveur d’autorisation de l’offre est inutilisable : %1</translation>
    </message>
    <message>
        <source>No network client was given to collect the offer.</source>
        <translation>Aucun client réseau n’a été fourni pour récupérer l’offre.</translation>
    </message>
    <message>
        <source>This link is damaged and cannot be read (%1).</source>
        <translation>Ce lien est endommagé et illisible (%1).</translation>
    </message>
    <message>
        <source>The %1 does not lead to a web address.</source>
        <translation>Ne mène pas à une adresse web : %1.</translation>
    </message>
    <message>
        <source>This presentation link holds no presentation (no p).</source>
        <translation>Ce lien de présentation ne contient aucune présentation (pas de p).</translation>
    </message>
    <message>
        <source>This presentation link does not hold a Vitae presentation.</source>
        <translation>Ce lien de présentation ne contient pas de présentation Vitae.</translation>
    </message>
    <message>
        <source>issuer link</source>
        <translation>lien d’émetteur</translation>
    </message>
    <message>
        <source>credential offer</source>
        <translation>offre d’attestation</translation>
    </message>
    <message>
        <source>credential request</source>
        <translation>demande d’attestation</translation>
    </message>
    <message>
        <source>import link</source>
        <translation>lien d’importation</translation>
    </message>
    <message>
        <source>presentation request</source>
        <translation>demande de présentation</translation>
    </message>
    <message>
        <source>Vitae presentation</source>
        <translation>présentation Vitae</translation>
    </message>
    <message>
        <source>VPQR presentation</source>
        <translation>présentation VPQR</translation>
    </message>
    <message>
        <source>credential</source>
        <translation>attestation</translation>
    </message>
    <message>
        <source>This link is too long (%1 KB; at most %2 KB).</source>
        <translation>Ce lien est trop long (%1 Ko ; au plus %2 Ko).</translation>
    </message>
    <message>
        <source>There is no link here: the text is empty.</source>
        <translation>Il n’y a aucun lien ici : le texte est vide.</translation>
    </message>
    <message>
        <source>This is not a link, a credential or a presentation Vitae can read.</source>
        <translation>Ce n’est ni un lien, ni une attestation, ni une présentation que Vitae sait lire.</translation>
    </message>
    <message>
        <source>This credential offer link has both credential_offer and credential_offer_uri; it must have one.</source>
        <translation>Ce lien d’offre d’attestation contient à la fois credential_offer et credential_offer_uri ; il n’en faut qu’un.</translation>
    </message>
    <message>
        <source>This credential offer link has neither credential_offer nor credential_offer_uri.</source>
        <translation>Ce lien d’offre d’attestation ne contient ni credential_offer ni credential_offer_uri.</translation>
    </message>
    <message>
        <source>Vitae does not know the link &quot;vitae://%1&quot;; it knows vitae://import and vitae://present.</source>
        <translation>Vitae ne connaît pas le lien « vitae://%1 » ; il connaît vitae://import et vitae://present.</translation>
    </message>
    <message>
        <source>This import link does not say where to import from (no url).</source>
        <translation>Ce lien d’importation n’indique pas d’où importer (pas d’url).</translation>
    </message>
    <message>
        <source>Vitae does not know links starting with &quot;%1:&quot;.</source>
        <translation>Vitae ne connaît pas les liens commençant par « %1: ».</translation>
    </message>
    <message>
        <source>This credential was issued to someone else (%1), not to you.</source>
        <translation>Cette attestation a été délivrée à quelqu’un d’autre (%1), pas à vous.</translation>
    </message>
    <message>
        <source>This credential does not say who it was issued to, so it cannot be tied to you.</source>
        <translation>Cette attestation n’indique pas à qui elle a été délivrée ; elle ne peut donc pas vous être rattachée.</translation>
    </message>
    <message>
        <source>The key this credential is bound to cannot be read: %1</source>
        <translation>La clé à laquelle cette attestation est liée est illisible : %1</translation>
    </message>
    <message>
        <source>The issuer sent a credential Vitae cannot read: %1</source>
        <translation>L’émetteur a envoyé une attestation que Vitae ne sait pas lire : %1</translation>
    </message>
    <message>
        <source>%1 is a presentation with no credentials in it.</source>
        <translation>%1 est une présentation sans attestation.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 credentials.</source>
        <translation>%1 contient plus de %2 attestations.</translation>
    </message>
    <message>
        <source>%1, credential %2 of %3</source>
        <translation>%1, attestation %2 sur %3</translation>
    </message>
    <message>
        <source>%1 is not a credential.</source>
        <translation>%1 n’est pas une attestation.</translation>
    </message>
    <message>
        <source>%1 holds neither a baked badge nor a QR code Vitae can read.</source>
        <translation>%1 ne contient ni badge intégré ni code QR que Vitae sait lire.</translation>
    </message>
    <message>
        <source>%1 (QR code)</source>
        <translation>%1 (code QR)</translation>
    </message>
    <message>
        <source>%1: the QR code holds no credential: %2</source>
        <translation>%1 : le code QR ne contient aucune attestation : %2</translation>
    </message>
    <message>
        <source>%1 holds an image, not a credential.</source>
        <translation>%1 contient une image, pas une attestation.</translation>
    </message>
    <message>
        <source>%1 holds a %2 (%3): open it as a link instead.</source>
        <translation>%1 contient ceci : %2 (%3) ; ouvrez-le plutôt comme lien.</translation>
    </message>
    <message>
        <source>%1 holds only a link to its badge (%2); add it from that link instead.</source>
        <translation>%1 ne contient qu’un lien vers son badge (%2) ; ajoutez-le plutôt depuis ce lien.</translation>
    </message>
    <message>
        <source>%1 is a wallet backup with no credentials in it.</source>
        <translation>%1 est une sauvegarde de portefeuille sans attestation.</translation>
    </message>
    <message>
        <source>%1: the evidence file &quot;%2&quot; is damaged (not base64). Nothing was imported.</source>
        <translation>%1 : le fichier justificatif « %2 » est endommagé (pas en base64). Rien n’a été importé.</translation>
    </message>
    <message>
        <source>%1: the evidence file &quot;%2&quot; is larger than %3 MB.</source>
        <translation>%1 : le fichier justificatif « %2 » dépasse %3 Mo.</translation>
    </message>
    <message>
        <source>%1: the evidence file &quot;%2&quot; does not match the digest the portfolio gives for it, so it was changed after the portfolio was made. Nothing was imported.</source>
        <translation>%1 : le fichier justificatif « %2 » ne correspond pas à l’empreinte que le portfolio indique pour lui ; il a donc été modifié après la création du portfolio. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>%1 is a portfolio with no credentials in it.</source>
        <translation>%1 est un portfolio sans attestation.</translation>
    </message>
    <message>
        <source>%1 holds no Vitae portfolio.</source>
        <translation>%1 ne contient aucun portfolio Vitae.</translation>
    </message>
    <message>
        <source>This credential is already in the vault (number %1).</source>
        <translation>Cette attestation est déjà dans le coffre (numéro %1).</translation>
    </message>
    <message>
        <source>%1 answered with a web page (text/html), not a credential.</source>
        <translation>%1 a répondu par une page web (text/html), pas par une attestation.</translation>
    </message>
    <message>
        <source>%1 answered with %2, not a credential.</source>
        <translation>%1 a répondu par %2, pas par une attestation.</translation>
    </message>
    <message>
        <source>%1 answered with nothing.</source>
        <translation>%1 n’a rien renvoyé.</translation>
    </message>
    <message>
        <source>The issuer&apos;s metadata has no %1.</source>
        <translation>Les métadonnées de l’émetteur n’ont pas de %1.</translation>
    </message>
    <message>
        <source>The issuer&apos;s metadata describes another issuer (%1) than the offer (%2).</source>
        <translation>Les métadonnées de l’émetteur décrivent un autre émetteur (%1) que celui de l’offre (%2).</translation>
    </message>
    <message>
        <source>The issuer&apos;s metadata describes too many credentials.</source>
        <translation>Les métadonnées de l’émetteur décrivent trop d’attestations.</translation>
    </message>
    <message>
        <source>Untitled profile</source>
        <translation>Profil sans titre</translation>
    </message>
    <message>
        <source>%1, profile &quot;%2&quot;, credential %3 of %4</source>
        <translation>%1, profil « %2 », attestation %3 sur %4</translation>
    </message>
    <message>
        <source>%1 is not a Learner Credential Wallet backup.</source>
        <translation>%1 n’est pas une sauvegarde de Learner Credential Wallet.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 profiles.</source>
        <translation>%1 contient plus de %2 profils.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 items in one profile.</source>
        <translation>%1 contient plus de %2 éléments dans un profil.</translation>
    </message>
    <message>
        <source>No transaction code was entered, so nothing was collected.</source>
        <translation>Aucun code de transaction n’a été saisi ; rien n’a donc été récupéré.</translation>
    </message>
    <message>
        <source>This credential offer needs the transaction code the issuer sent you%1.</source>
        <translation>Cette offre d’attestation demande le code de transaction que l’émetteur vous a envoyé%1.</translation>
    </message>
    <message>
        <source>The issuer did not accept the transaction code (or the offer has expired or was used already).</source>
        <translation>L’émetteur n’a pas accepté le code de transaction (ou l’offre a expiré ou a déjà été utilisée).</translation>
    </message>
    <message>
        <source>The issuer&apos;s token answer has no access token.</source>
        <translation>La réponse de jeton de l’émetteur ne contient pas de jeton d’accès.</translation>
    </message>
    <message>
        <source>The issuer&apos;s nonce answer has no c_nonce.</source>
        <translation>La réponse de nonce de l’émetteur ne contient pas de c_nonce.</translation>
    </message>
    <message>
        <source>The issuer will issue this credential later (deferred issuance), which Vitae cannot collect yet.</source>
        <translation>L’émetteur délivrera cette attestation plus tard (délivrance différée), ce que Vitae ne sait pas encore récupérer.</translation>
    </message>
    <message>
        <source>The issuer&apos;s answer holds no credential.</source>
        <translation>La réponse de l’émetteur ne contient aucune attestation.</translation>
    </message>
    <message>
        <source>The issuer sent more than %1 credentials at once.</source>
        <translation>L’émetteur a envoyé plus de %1 attestations à la fois.</translation>
    </message>
    <message>
        <source>The issuer sent a credential in a form Vitae does not know.</source>
        <translation>L’émetteur a envoyé une attestation sous une forme que Vitae ne connaît pas.</translation>
    </message>
    <message>
        <source>The issuer&apos;s metadata does not describe the offered credential &quot;%1&quot;.</source>
        <translation>Les métadonnées de l’émetteur ne décrivent pas l’attestation proposée « %1 ».</translation>
    </message>
    <message>
        <source>The offered credential &quot;%1&quot; comes in a format Vitae cannot take yet (%2).</source>
        <translation>L’attestation proposée « %1 » est dans un format que Vitae ne prend pas encore (%2).</translation>
    </message>
    <message>
        <source>The issuer kept refusing Vitae&apos;s proof that it holds your key (invalid_nonce), even with a fresh nonce; try again later.</source>
        <translation>L’émetteur a continué de refuser la preuve de Vitae qu’il détient votre clé (invalid_nonce), même avec un nonce neuf ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>Collecting from a credential offer needs the holder&apos;s key (unlock the vault).</source>
        <translation>Récupérer une offre d’attestation nécessite la clé du titulaire (déverrouillez le coffre).</translation>
    </message>
    <message>
        <source>The credential exchange ended without giving you any credential.</source>
        <translation>L’échange d’attestations s’est terminé sans vous en remettre aucune.</translation>
    </message>
    <message>
        <source>The issuer asks for credentials from your vault before issuing, which Vitae cannot answer yet.</source>
        <translation>L’émetteur demande des attestations de votre coffre avant de délivrer, ce à quoi Vitae ne sait pas encore répondre.</translation>
    </message>
    <message>
        <source>The issuer&apos;s request to prove who you are has no challenge.</source>
        <translation>La demande de l’émetteur de prouver qui vous êtes n’a pas de défi.</translation>
    </message>
    <message>
        <source>The credential exchange kept asking without giving a credential; Vitae stopped.</source>
        <translation>L’échange d’attestations a continué de demander sans rien délivrer ; Vitae s’est arrêté.</translation>
    </message>
    <message>
        <source>This request link needs you to sign in at the issuer first, which Vitae cannot do yet.</source>
        <translation>Ce lien de demande exige de vous connecter d’abord chez l’émetteur, ce que Vitae ne sait pas encore faire.</translation>
    </message>
    <message>
        <source>This credential request link says neither where to ask (vc_request_url) nor how (request).</source>
        <translation>Ce lien de demande d’attestation n’indique ni où demander (vc_request_url) ni comment (request).</translation>
    </message>
    <message>
        <source>This credential request link has no challenge.</source>
        <translation>Ce lien de demande d’attestation n’a pas de défi.</translation>
    </message>
    <message>
        <source>Answering a credential request needs the holder&apos;s key (unlock the vault).</source>
        <translation>Répondre à une demande d’attestation nécessite la clé du titulaire (déverrouillez le coffre).</translation>
    </message>
    <message>
        <source>This credential request link is damaged: %1</source>
        <translation>Ce lien de demande d’attestation est endommagé : %1</translation>
    </message>
    <message>
        <source>This credential request offers no exchange Vitae can use (protocols.vcapi).</source>
        <translation>Cette demande d’attestation ne propose aucun échange utilisable par Vitae (protocols.vcapi).</translation>
    </message>
    <message>
        <source>The token cannot be verified: %1.</source>
        <translation>Le jeton ne peut pas être vérifié : %1.</translation>
    </message>
    <message>
        <source>The token is larger than the %1 limit.</source>
        <translation>Le jeton dépasse la limite de %1.</translation>
    </message>
    <message>
        <source>The token does not have three parts separated by dots.</source>
        <translation>Le jeton n’a pas trois parties séparées par des points.</translation>
    </message>
    <message>
        <source>The token&apos;s header is larger than the %1 limit.</source>
        <translation>L’en-tête du jeton dépasse la limite de %1.</translation>
    </message>
    <message>
        <source>The token&apos;s header is not valid base64url.</source>
        <translation>L’en-tête du jeton n’est pas du base64url valide.</translation>
    </message>
    <message>
        <source>The token&apos;s header is not a JSON object (%1).</source>
        <translation>L’en-tête du jeton n’est pas un objet JSON (%1).</translation>
    </message>
    <message>
        <source>The token&apos;s header does not name its algorithm (a string &quot;alg&quot;).</source>
        <translation>L’en-tête du jeton n’indique pas son algorithme (une chaîne « alg »).</translation>
    </message>
    <message>
        <source>The token&apos;s header lists critical extensions (&quot;crit&quot;), which are not supported.</source>
        <translation>L’en-tête du jeton liste des extensions critiques (« crit »), qui ne sont pas prises en charge.</translation>
    </message>
    <message>
        <source>The token&apos;s payload is not valid base64url.</source>
        <translation>La charge utile du jeton n’est pas du base64url valide.</translation>
    </message>
    <message>
        <source>The token&apos;s payload is not a JSON object (%1).</source>
        <translation>La charge utile du jeton n’est pas un objet JSON (%1).</translation>
    </message>
    <message>
        <source>The token&apos;s signature is not valid base64url.</source>
        <translation>La signature du jeton n’est pas du base64url valide.</translation>
    </message>
    <message>
        <source>The public key is not usable: %1.</source>
        <translation>La clé publique est inutilisable : %1.</translation>
    </message>
    <message>
        <source>The public key is not usable: curve &quot;%1&quot; is not supported.</source>
        <translation>La clé publique est inutilisable : la courbe « %1 » n’est pas prise en charge.</translation>
    </message>
    <message>
        <source>The public key is not usable: key type &quot;%1&quot; is not supported.</source>
        <translation>La clé publique est inutilisable : le type de clé « %1 » n’est pas pris en charge.</translation>
    </message>
    <message>
        <source>The SD-JWT is not valid: %1.</source>
        <translation>Le SD-JWT n’est pas valide : %1.</translation>
    </message>
    <message>
        <source>The SD-JWT nests its claims more than %1 levels deep.</source>
        <translation>Le SD-JWT imbrique ses déclarations sur plus de %1 niveaux.</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>%1 is not valid base64url</source>
        <translation>%1 n’est pas du base64url valide</translation>
    </message>
    <message>
        <source>The SD-JWT is not valid: %1 is not JSON (%2).</source>
        <translation>Le SD-JWT n’est pas valide : %1 n’est pas du JSON (%2).</translation>
    </message>
    <message>
        <source>%1 is not a JSON array</source>
        <translation>%1 n’est pas un tableau JSON</translation>
    </message>
    <message>
        <source>%1 has %2 elements, but a disclosure has 2 or 3</source>
        <translation>%1 a %2 éléments, alors qu’une divulgation en a 2 ou 3</translation>
    </message>
    <message>
        <source>In the %1: %2</source>
        <translation>Dans %1 : %2</translation>
    </message>
    <message>
        <source>The SD-JWT is larger than the limit of %1 bytes.</source>
        <translation>Le SD-JWT dépasse la limite de %1 octets.</translation>
    </message>
    <message>
        <source>The SD-JWT has %1 disclosures, more than the limit of %2.</source>
        <translation>Le SD-JWT a %1 divulgations, plus que la limite de %2.</translation>
    </message>
    <message>
        <source>Cannot canonicalize JSON: %1</source>
        <translation>Impossible de canoniser le JSON : %1</translation>
    </message>
    <message>
        <source>NaN and Infinity have no JSON form</source>
        <translation>NaN et Infinity n’ont pas de forme JSON</translation>
    </message>
    <message>
        <source>Cannot canonicalize JSON nested deeper than %1 levels</source>
        <translation>Impossible de canoniser un JSON imbriqué sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 at byte %2</source>
        <translation>JSON non valide : %1 à l’octet %2</translation>
    </message>
    <message>
        <source>JSON input is %1 bytes, more than the limit of %2 bytes</source>
        <translation>L’entrée JSON fait %1 octets, plus que la limite de %2 octets</translation>
    </message>
    <message>
        <source>Not valid JSON here: expected an object at the top level, found %1</source>
        <translation>JSON non valide ici : un objet était attendu au premier niveau, trouvé %1</translation>
    </message>
    <message>
        <source>Not valid JSON: nested deeper than %1 levels at byte %2</source>
        <translation>JSON non valide : imbriqué sur plus de %1 niveaux à l’octet %2</translation>
    </message>
    <message>
        <source>The context %1 is not valid JSON: %2</source>
        <translation>Le contexte %1 n’est pas un JSON valide : %2</translation>
    </message>
    <message>
        <source>Nothing is set up to provide %1.</source>
        <translation>Rien n’est prévu pour fournir %1.</translation>
    </message>
    <message>
        <source>No local file is set up for %1.</source>
        <translation>Aucun fichier local n’est prévu pour %1.</translation>
    </message>
    <message>
        <source>Could not read %1 (standing in for %2): %3</source>
        <translation>Impossible de lire %1 (à la place de %2) : %3</translation>
    </message>
    <message>
        <source>%1 (standing in for %2) is larger than %3 MB.</source>
        <translation>%1 (à la place de %2) dépasse %3 Mo.</translation>
    </message>
    <message>
        <source>HttpResolver does not send %1 requests.</source>
        <translation>HttpResolver n’envoie pas de requêtes %1.</translation>
    </message>
    <message>
        <source>%1 is not a web address.</source>
        <translation>%1 n’est pas une adresse web.</translation>
    </message>
    <message>
        <source>%1 was not fetched because it does not use a secure (https) connection.</source>
        <translation>%1 n’a pas été récupéré, car il n’utilise pas de connexion sécurisée (https).</translation>
    </message>
    <message>
        <source>%1 was not fetched: only https addresses can be fetched.</source>
        <translation>%1 n’a pas été récupéré : seules les adresses https peuvent l’être.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 n’a pas répondu en %2 secondes.</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 bytes Vitae accepts.</source>
        <translation>%1 dépasse les %2 octets que Vitae accepte.</translation>
    </message>
    <message>
        <source>The server gave an unexpected answer (%1) for %2.</source>
        <translation>Le serveur a donné une réponse inattendue (%1) pour %2.</translation>
    </message>
    <message>
        <source>The server answered %1 for %2 but did not say where to go.</source>
        <translation>Le serveur a répondu %1 pour %2, mais n’a pas indiqué où aller.</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times; Vitae stopped following it.</source>
        <translation>%1 a redirigé plus de %2 fois ; Vitae a cessé de suivre.</translation>
    </message>
    <message>
        <source>%1 redirected to an address Vitae does not fetch: %2</source>
        <translation>%1 a redirigé vers une adresse que Vitae ne récupère pas : %2</translation>
    </message>
    <message>
        <source>The server of %1 could not be found (are you offline?).</source>
        <translation>Le serveur de %1 est introuvable (êtes-vous hors ligne ?).</translation>
    </message>
    <message>
        <source>The server of %1 refused the connection.</source>
        <translation>Le serveur de %1 a refusé la connexion.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established: %2</source>
        <translation>Impossible d’établir une connexion sécurisée avec %1 : %2</translation>
    </message>
    <message>
        <source>%1 could not be fetched: %2</source>
        <translation>%1 n’a pas pu être récupéré : %2</translation>
    </message>
    <message>
        <source>This file is not a PDF Vitae can read: %1</source>
        <translation>Ce fichier n’est pas un PDF que Vitae sait lire : %1</translation>
    </message>
    <message>
        <source>This PDF is password-protected; Vitae cannot read its attachment.</source>
        <translation>Ce PDF est protégé par mot de passe ; Vitae ne peut pas lire sa pièce jointe.</translation>
    </message>
    <message>
        <source>This PDF does not carry a Vitae portfolio (no %1 attachment).</source>
        <translation>Ce PDF ne contient pas de portfolio Vitae (pas de pièce jointe %1).</translation>
    </message>
    <message>
        <source>The PDF names a Vitae portfolio attachment but holds no data for it.</source>
        <translation>Le PDF mentionne une pièce jointe de portfolio Vitae, mais n’en contient pas les données.</translation>
    </message>
    <message>
        <source>The portfolio attached to this PDF is larger than %1 MB, the most Vitae reads.</source>
        <translation>Le portfolio joint à ce PDF dépasse %1 Mo, le maximum que Vitae lit.</translation>
    </message>
    <message>
        <source>The portfolio attached to this PDF is damaged or uses an encoding Vitae cannot read.</source>
        <translation>Le portfolio joint à ce PDF est endommagé ou utilise un encodage que Vitae ne sait pas lire.</translation>
    </message>
    <message>
        <source>This PDF needs more memory than is available.</source>
        <translation>Ce PDF nécessite plus de mémoire que disponible.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Choose at least one credential to export.</source>
        <translation>Choisissez au moins une attestation à exporter.</translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot; belongs to no exported credential.</source>
        <translation>Le justificatif « %1 » n’appartient à aucune attestation exportée.</translation>
    </message>
    <message>
        <source>Offline: %1 was not fetched.</source>
        <translation>Hors ligne : %1 n’a pas été récupéré.</translation>
    </message>
    <message>
        <source>The bundle is not signed by the learner.</source>
        <translation>Le dossier n’est pas signé par l’apprenant.</translation>
    </message>
    <message>
        <source>The bundle names %1 as its learner but was signed by %2.</source>
        <translation>Le dossier désigne %1 comme apprenant, mais a été signé par %2.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature uses a suite Vitae cannot check.</source>
        <translation>La signature du dossier utilise une suite que Vitae ne sait pas vérifier.</translation>
    </message>
    <message>
        <source>The bundle was changed after the learner signed it: %1</source>
        <translation>Le dossier a été modifié après sa signature par l’apprenant : %1</translation>
    </message>
    <message>
        <source>Signed by the learner, %1, on %2.</source>
        <translation>Signé par l’apprenant, %1, le %2.</translation>
    </message>
    <message>
        <source>Evidence files were changed: %1.</source>
        <translation>Des fichiers justificatifs ont été modifiés : %1.</translation>
    </message>
    <message>
        <source>%1 evidence file(s), each unchanged.</source>
        <translation>%1 fichier(s) justificatif(s), chacun inchangé.</translation>
    </message>
    <message>
        <source>%1 was not saved with the bundle, and Vitae is checking offline.</source>
        <translation>%1 n’a pas été enregistré avec le dossier, et Vitae vérifie hors ligne.</translation>
    </message>
    <message>
        <source>A snapshot in the bundle has no valid address.</source>
        <translation>Un instantané du dossier n’a pas d’adresse valide.</translation>
    </message>
    <message>
        <source>The bundle needed nothing from the network.</source>
        <translation>Le dossier n’a rien demandé au réseau.</translation>
    </message>
    <message>
        <source>%1 document(s) the checks need were saved with the bundle (the oldest on %2); status is as of then when offline.</source>
        <translation>%1 document(s) nécessaire(s) aux vérifications ont été enregistrés avec le dossier (le plus ancien le %2) ; hors ligne, le statut est celui de cette date.</translation>
    </message>
    <message>
        <source>This is not a Vitae portfolio bundle.</source>
        <translation>Ce n’est pas un dossier de portfolio Vitae.</translation>
    </message>
    <message>
        <source>This bundle is not valid JSON: %1</source>
        <translation>Ce dossier n’est pas un JSON valide : %1</translation>
    </message>
    <message>
        <source>This bundle was made by a newer Vitae (format %1); update Vitae to check it.</source>
        <translation>Ce dossier a été fait par une version plus récente de Vitae (format %1) ; mettez Vitae à jour pour le vérifier.</translation>
    </message>
    <message>
        <source>This bundle&apos;s format version is not valid.</source>
        <translation>La version de format de ce dossier n’est pas valide.</translation>
    </message>
    <message>
        <source>A Vitae portfolio bundle of %1 credential(s).</source>
        <translation>Un dossier de portfolio Vitae de %1 attestation(s).</translation>
    </message>
    <message>
        <source>Write what you can say about this work.</source>
        <translation>Écrivez ce que vous pouvez dire de ce travail.</translation>
    </message>
    <message>
        <source>This credential has no id, so an endorsement could not point to it.</source>
        <translation>Cette attestation n’a pas d’id ; une recommandation ne pourrait donc pas y renvoyer.</translation>
    </message>
    <message>
        <source>You cannot endorse your own entry.</source>
        <translation>Vous ne pouvez pas recommander votre propre entrée.</translation>
    </message>
    <message>
        <source>Endorsement of %1</source>
        <translation>Recommandation de %1</translation>
    </message>
    <message>
        <source>Say what your role was.</source>
        <translation>Indiquez quel était votre rôle.</translation>
    </message>
    <message>
        <source>Say when it started.</source>
        <translation>Indiquez quand cela a commencé.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La date de fin précède la date de début.</translation>
    </message>
    <message>
        <source>A trust-list entry in the bundle has no issuer or no retrieval time.</source>
        <translation>Une entrée de liste de confiance du dossier n’a pas d’émetteur ou pas de date de récupération.</translation>
    </message>
    <message>
        <source>%1 (the learner&apos;s copy saved with the bundle, retrieved %2)</source>
        <translation>%1 (la copie de l’apprenant enregistrée avec le dossier, récupérée le %2)</translation>
    </message>
    <message>
        <source>The verifier&apos;s request is malformed: %1.</source>
        <translation>La demande du vérificateur est mal formée : %1.</translation>
    </message>
    <message>
        <source>You hold no credential that answers this request: it asks for %1.</source>
        <translation>Vous ne détenez aucune attestation qui réponde à cette demande : elle demande %1.</translation>
    </message>
    <message>
        <source>These credentials belong to two of your identities (%1 and %2); present them separately.</source>
        <translation>Ces attestations appartiennent à deux de vos identités (%1 et %2) ; présentez-les séparément.</translation>
    </message>
    <message>
        <source>The holder uses %1, a kind of identifier Vitae cannot check.</source>
        <translation>Le titulaire utilise %1, un type d’identifiant que Vitae ne sait pas vérifier.</translation>
    </message>
    <message>
        <source>The credential is not bound to a key, so anyone holding a copy could present it.</source>
        <translation>L’attestation n’est liée à aucune clé ; quiconque en a une copie pourrait donc la présenter.</translation>
    </message>
    <message>
        <source>Without a key binding the presentation cannot answer your challenge; it could be a replay.</source>
        <translation>Sans liaison de clé, la présentation ne peut pas répondre à votre défi ; ce pourrait être un rejeu.</translation>
    </message>
    <message>
        <source>The credential is bound to its holder&apos;s key, but the presentation carries no key binding proof.</source>
        <translation>L’attestation est liée à la clé de son titulaire, mais la présentation ne porte aucune preuve de liaison de clé.</translation>
    </message>
    <message>
        <source>The key binding proof is not of type kb+jwt.</source>
        <translation>La preuve de liaison de clé n’est pas de type kb+jwt.</translation>
    </message>
    <message>
        <source>The key binding proof was not signed by the credential&apos;s holder: %1</source>
        <translation>La preuve de liaison de clé n’a pas été signée par le titulaire de l’attestation : %1</translation>
    </message>
    <message>
        <source>The key binding proof covers other disclosures than the ones presented (sd_hash does not match).</source>
        <translation>La preuve de liaison de clé couvre d’autres divulgations que celles présentées (sd_hash ne correspond pas).</translation>
    </message>
    <message>
        <source>The holder&apos;s key signed this presentation.</source>
        <translation>La clé du titulaire a signé cette présentation.</translation>
    </message>
    <message>
        <source>This presentation answers another challenge than yours: it may be a replay.</source>
        <translation>Cette présentation répond à un autre défi que le vôtre : ce pourrait être un rejeu.</translation>
    </message>
    <message>
        <source>The presentation answers your challenge.</source>
        <translation>La présentation répond à votre défi.</translation>
    </message>
    <message>
        <source>This presentation was made for another verifier (%1).</source>
        <translation>Cette présentation a été faite pour un autre vérificateur (%1).</translation>
    </message>
    <message>
        <source>The presentation was made for you.</source>
        <translation>La présentation a été faite pour vous.</translation>
    </message>
    <message>
        <source>The presentation&apos;s time of signing is missing or in the future.</source>
        <translation>L’heure de signature de la présentation manque ou se situe dans le futur.</translation>
    </message>
    <message>
        <source>The presentation expired on %1.</source>
        <translation>La présentation a expiré le %1.</translation>
    </message>
    <message>
        <source>The presentation is valid until %1.</source>
        <translation>La présentation est valable jusqu’au %1.</translation>
    </message>
    <message>
        <source>The presentation was signed at %1.</source>
        <translation>La présentation a été signée le %1.</translation>
    </message>
    <message>
        <source>The request was signed by a key that does not belong to %1.</source>
        <translation>La demande a été signée par une clé qui n’appartient pas à %1.</translation>
    </message>
    <message>
        <source>The verifier&apos;s identity could not be checked: %1</source>
        <translation>L’identité du vérificateur n’a pas pu être vérifiée : %1</translation>
    </message>
    <message>
        <source>The request&apos;s signature is not valid: %1</source>
        <translation>La signature de la demande n’est pas valide : %1</translation>
    </message>
    <message>
        <source>The request is signed by %1.</source>
        <translation>La demande est signée par %1.</translation>
    </message>
    <message>
        <source>The request is not signed, yet its verifier claims an identity that must sign.</source>
        <translation>La demande n’est pas signée, alors que son vérificateur revendique une identité qui doit signer.</translation>
    </message>
    <message>
        <source>The request is not signed; it answers to %1.</source>
        <translation>La demande n’est pas signée ; elle répond à %1.</translation>
    </message>
    <message>
        <source>The request is signed, but Vitae cannot check a verifier identified by &quot;%1&quot;.</source>
        <translation>La demande est signée, mais Vitae ne sait pas vérifier un vérificateur identifié par « %1 ».</translation>
    </message>
    <message>
        <source>The verifier did not give its request (HTTP %1).</source>
        <translation>Le vérificateur n’a pas fourni sa demande (HTTP %1).</translation>
    </message>
    <message>
        <source>The verifier&apos;s request object is not a valid JWT: %1</source>
        <translation>L’objet de demande du vérificateur n’est pas un JWT valide : %1</translation>
    </message>
    <message>
        <source>The request object names another verifier than the link does.</source>
        <translation>L’objet de demande désigne un autre vérificateur que le lien.</translation>
    </message>
    <message>
        <source>This is not a presentation request.</source>
        <translation>Ce n’est pas une demande de présentation.</translation>
    </message>
    <message>
        <source>A request passed in the link itself must come from a redirect_uri: verifier.</source>
        <translation>Une demande transmise dans le lien lui-même doit venir d’un vérificateur redirect_uri:.</translation>
    </message>
    <message>
        <source>The verifier&apos;s request lacks its client_id or nonce.</source>
        <translation>La demande du vérificateur n’a pas de client_id ou de nonce.</translation>
    </message>
    <message>
        <source>The verifier asks for &quot;%1&quot;; Vitae answers vp_token requests.</source>
        <translation>Le vérificateur demande « %1 » ; Vitae répond aux demandes vp_token.</translation>
    </message>
    <message>
        <source>The verifier wants the answer by &quot;%1&quot;; Vitae answers with direct_post.</source>
        <translation>Le vérificateur veut la réponse par « %1 » ; Vitae répond par direct_post.</translation>
    </message>
    <message>
        <source>The request would send your answer somewhere other than the verifier it names.</source>
        <translation>La demande enverrait votre réponse ailleurs que chez le vérificateur qu’elle désigne.</translation>
    </message>
    <message>
        <source>The verifier asks with a Presentation Exchange definition; Vitae answers requests written in DCQL.</source>
        <translation>Le vérificateur demande avec une définition Presentation Exchange ; Vitae répond aux demandes écrites en DCQL.</translation>
    </message>
    <message>
        <source>The verifier&apos;s request says nothing about what it wants (no dcql_query).</source>
        <translation>La demande du vérificateur ne dit rien de ce qu’il veut (pas de dcql_query).</translation>
    </message>
    <message>
        <source>A match points at no credential.</source>
        <translation>Une correspondance ne désigne aucune attestation.</translation>
    </message>
    <message>
        <source>The verifier refused the presentation (HTTP %1%2).</source>
        <translation>Le vérificateur a refusé la présentation (HTTP %1%2).</translation>
    </message>
    <message>
        <source>VC 1.1 credentials and JWT credentials cannot go in one presentation; present them separately.</source>
        <translation>Les attestations VC 1.1 et JWT ne peuvent pas aller dans une même présentation ; présentez-les séparément.</translation>
    </message>
    <message>
        <source>The presentation could not be signed: %1</source>
        <translation>La présentation n’a pas pu être signée : %1</translation>
    </message>
    <message>
        <source>Choose at least one credential to present.</source>
        <translation>Choisissez au moins une attestation à présenter.</translation>
    </message>
    <message>
        <source>A presentation needs the verifier&apos;s challenge, so it cannot be replayed.</source>
        <translation>Une présentation a besoin du défi du vérificateur, pour ne pas pouvoir être rejouée.</translation>
    </message>
    <message>
        <source>An enveloped credential&apos;s id is not a data: URL.</source>
        <translation>L’id d’une attestation enveloppée n’est pas une URL data:.</translation>
    </message>
    <message>
        <source>The presentation holds more than %1 credentials.</source>
        <translation>La présentation contient plus de %1 attestations.</translation>
    </message>
    <message>
        <source>An entry of the presentation is not a credential.</source>
        <translation>Un élément de la présentation n’est pas une attestation.</translation>
    </message>
    <message>
        <source>The presentation is not signed by its holder.</source>
        <translation>La présentation n’est pas signée par son titulaire.</translation>
    </message>
    <message>
        <source>The presentation carries more than one proof; Vitae expects one.</source>
        <translation>La présentation porte plus d’une preuve ; Vitae en attend une.</translation>
    </message>
    <message>
        <source>The presentation names %1 as its holder but was signed by %2.</source>
        <translation>La présentation désigne %1 comme titulaire, mais a été signée par %2.</translation>
    </message>
    <message>
        <source>The holder&apos;s proof is not an authentication proof.</source>
        <translation>La preuve du titulaire n’est pas une preuve d’authentification.</translation>
    </message>
    <message>
        <source>The holder signed with %1, which Vitae cannot check.</source>
        <translation>Le titulaire a signé avec %1, que Vitae ne sait pas vérifier.</translation>
    </message>
    <message>
        <source>The holder&apos;s signature does not match the presentation: %1</source>
        <translation>La signature du titulaire ne correspond pas à la présentation : %1</translation>
    </message>
    <message>
        <source>Signed by its holder, %1.</source>
        <translation>Signée par son titulaire, %1.</translation>
    </message>
    <message>
        <source>This presentation was made for another verifier.</source>
        <translation>Cette présentation a été faite pour un autre vérificateur.</translation>
    </message>
    <message>
        <source>The presentation sets no expiry; your challenge guards against replay.</source>
        <translation>La présentation ne fixe pas d’expiration ; votre défi protège contre le rejeu.</translation>
    </message>
    <message>
        <source>These credentials do not name their holder, so they cannot be tied to the person presenting them: %1.</source>
        <translation>Ces attestations ne désignent pas leur titulaire ; elles ne peuvent donc pas être rattachées à la personne qui les présente : %1.</translation>
    </message>
    <message>
        <source>Every credential was issued to the person who presented it.</source>
        <translation>Chaque attestation a été délivrée à la personne qui l’a présentée.</translation>
    </message>
    <message>
        <source>This is JSON but not a verifiable presentation.</source>
        <translation>C’est du JSON, mais pas une présentation vérifiable.</translation>
    </message>
    <message>
        <source>A W3C verifiable presentation of %1 credential(s).</source>
        <translation>Une présentation vérifiable W3C de %1 attestation(s).</translation>
    </message>
    <message>
        <source>An SD-JWT presentation with %1 disclosed claim(s).</source>
        <translation>Une présentation SD-JWT avec %1 déclaration(s) divulguée(s).</translation>
    </message>
    <message>
        <source>This presentation is not valid JSON: %1</source>
        <translation>Cette présentation n’est pas un JSON valide : %1</translation>
    </message>
    <message>
        <source>This is neither a verifiable presentation nor an SD-JWT presentation.</source>
        <translation>Ce n’est ni une présentation vérifiable ni une présentation SD-JWT.</translation>
    </message>
    <message>
        <source>Only SD-JWT credentials disclose claims one by one.</source>
        <translation>Seules les attestations SD-JWT divulguent les déclarations une à une.</translation>
    </message>
    <message>
        <source>This credential is not an SD-JWT.</source>
        <translation>Cette attestation n’est pas un SD-JWT.</translation>
    </message>
    <message>
        <source>This credential was issued to another key, so you cannot present it as yours.</source>
        <translation>Cette attestation a été délivrée à une autre clé ; vous ne pouvez donc pas la présenter comme la vôtre.</translation>
    </message>
    <message>
        <source>The Base45 text is truncated (its length leaves one character over).</source>
        <translation>Le texte Base45 est tronqué (sa longueur laisse un caractère en trop).</translation>
    </message>
    <message>
        <source>The Base45 text contains a character outside its alphabet.</source>
        <translation>Le texte Base45 contient un caractère hors de son alphabet.</translation>
    </message>
    <message>
        <source>The Base45 text contains a group whose value is too large.</source>
        <translation>Le texte Base45 contient un groupe dont la valeur est trop grande.</translation>
    </message>
    <message>
        <source>The Base45 text ends with a group whose value is too large.</source>
        <translation>Le texte Base45 se termine par un groupe dont la valeur est trop grande.</translation>
    </message>
    <message>
        <source>The PNG image is truncated.</source>
        <translation>L’image PNG est tronquée.</translation>
    </message>
    <message>
        <source>The PNG image header (IHDR) has the wrong size.</source>
        <translation>L’en-tête de l’image PNG (IHDR) n’a pas la bonne taille.</translation>
    </message>
    <message>
        <source>The PNG image has an impossible size.</source>
        <translation>L’image PNG a une taille impossible.</translation>
    </message>
    <message>
        <source>The PNG image is %1 x %2 pixels; Vitae reads images up to %3 x %4.</source>
        <translation>L’image PNG fait %1 x %2 pixels ; Vitae lit les images jusqu’à %3 x %4.</translation>
    </message>
    <message>
        <source>The PNG image uses an unknown compression or filter method.</source>
        <translation>L’image PNG utilise une méthode de compression ou de filtrage inconnue.</translation>
    </message>
    <message>
        <source>Interlaced PNG images are not supported; save the image without interlacing.</source>
        <translation>Les images PNG entrelacées ne sont pas prises en charge ; enregistrez l’image sans entrelacement.</translation>
    </message>
    <message>
        <source>The PNG image uses an unknown interlace method.</source>
        <translation>L’image PNG utilise une méthode d’entrelacement inconnue.</translation>
    </message>
    <message>
        <source>The PNG image has an unknown colour type.</source>
        <translation>L’image PNG a un type de couleur inconnu.</translation>
    </message>
    <message>
        <source>The PNG image has a bit depth its colour type does not allow.</source>
        <translation>L’image PNG a une profondeur de bits que son type de couleur n’autorise pas.</translation>
    </message>
    <message>
        <source>The PNG image data uses an unknown row filter.</source>
        <translation>Les données de l’image PNG utilisent un filtre de ligne inconnu.</translation>
    </message>
    <message>
        <source>The PNG image uses a colour missing from its palette.</source>
        <translation>L’image PNG utilise une couleur absente de sa palette.</translation>
    </message>
    <message>
        <source>The image file is larger than %1 MB, the most Vitae reads.</source>
        <translation>Le fichier image dépasse %1 Mo, le maximum que Vitae lit.</translation>
    </message>
    <message>
        <source>The file is not a PNG image.</source>
        <translation>Le fichier n’est pas une image PNG.</translation>
    </message>
    <message>
        <source>The PNG image has a chunk with an impossible length.</source>
        <translation>L’image PNG a un bloc d’une longueur impossible.</translation>
    </message>
    <message>
        <source>The PNG image is damaged: a chunk has an invalid name.</source>
        <translation>L’image PNG est endommagée : un bloc a un nom non valide.</translation>
    </message>
    <message>
        <source>The PNG image is damaged: a chunk&apos;s checksum (CRC) does not match.</source>
        <translation>L’image PNG est endommagée : la somme de contrôle (CRC) d’un bloc ne correspond pas.</translation>
    </message>
    <message>
        <source>The PNG image does not start with its header (IHDR).</source>
        <translation>L’image PNG ne commence pas par son en-tête (IHDR).</translation>
    </message>
    <message>
        <source>The PNG image has two headers (IHDR).</source>
        <translation>L’image PNG a deux en-têtes (IHDR).</translation>
    </message>
    <message>
        <source>The PNG image has a malformed palette (PLTE).</source>
        <translation>L’image PNG a une palette mal formée (PLTE).</translation>
    </message>
    <message>
        <source>The PNG image has malformed transparency (tRNS).</source>
        <translation>L’image PNG a une transparence mal formée (tRNS).</translation>
    </message>
    <message>
        <source>The PNG image data (IDAT) is split by other chunks.</source>
        <translation>Les données de l’image PNG (IDAT) sont coupées par d’autres blocs.</translation>
    </message>
    <message>
        <source>The PNG image needs a feature Vitae does not read (chunk %1).</source>
        <translation>L’image PNG nécessite une fonction que Vitae ne lit pas (bloc %1).</translation>
    </message>
    <message>
        <source>The PNG image has no image data (IDAT).</source>
        <translation>L’image PNG n’a pas de données d’image (IDAT).</translation>
    </message>
    <message>
        <source>The PNG image has no palette (PLTE) for its palette colours.</source>
        <translation>L’image PNG n’a pas de palette (PLTE) pour ses couleurs indexées.</translation>
    </message>
    <message>
        <source>The PNG image is too large to read (%1 x %2 pixels).</source>
        <translation>L’image PNG est trop grande pour être lue (%1 x %2 pixels).</translation>
    </message>
    <message>
        <source>The PNG image holds more image data than its size allows.</source>
        <translation>L’image PNG contient plus de données d’image que sa taille ne le permet.</translation>
    </message>
    <message>
        <source>The PNG image data is damaged and cannot be decompressed.</source>
        <translation>Les données de l’image PNG sont endommagées et ne peuvent pas être décompressées.</translation>
    </message>
    <message>
        <source>The PNG image data ends before its last row.</source>
        <translation>Les données de l’image PNG s’arrêtent avant leur dernière ligne.</translation>
    </message>
    <message>
        <source>The image buffer does not match its size.</source>
        <translation>Le tampon d’image ne correspond pas à sa taille.</translation>
    </message>
    <message>
        <source>The image could not be searched for QR codes.</source>
        <translation>La recherche de codes QR dans l’image a échoué.</translation>
    </message>
    <message>
        <source>No QR code was found in this image.</source>
        <translation>Aucun code QR n’a été trouvé dans cette image.</translation>
    </message>
    <message>
        <source>QR text cannot contain a NUL character.</source>
        <translation>Le texte d’un QR ne peut pas contenir de caractère NUL.</translation>
    </message>
    <message>
        <source>The text is too long for one QR code of version %1.</source>
        <translation>Le texte est trop long pour un code QR de version %1.</translation>
    </message>
    <message>
        <source>The text cannot be put in a QR code.</source>
        <translation>Le texte ne peut pas être mis dans un code QR.</translation>
    </message>
    <message>
        <source>The Vitae QR frame is malformed: %1.</source>
        <translation>La trame QR Vitae est mal formée : %1.</translation>
    </message>
    <message>
        <source>This is not a frame of a Vitae QR sequence.</source>
        <translation>Ce n’est pas une trame d’une séquence QR Vitae.</translation>
    </message>
    <message>
        <source>The Vitae QR sequence announces %1 bytes, more than Vitae accepts.</source>
        <translation>La séquence QR Vitae annonce %1 octets, plus que ce que Vitae accepte.</translation>
    </message>
    <message>
        <source>This QR code uses Vitae QR format version %1; this Vitae reads version %2. Update Vitae to read it.</source>
        <translation>Ce code QR utilise la version %1 du format QR Vitae ; ce Vitae lit la version %2. Mettez Vitae à jour pour le lire.</translation>
    </message>
    <message>
        <source>This QR code uses Vitae QR format version %1, which Vitae does not read.</source>
        <translation>Ce code QR utilise la version %1 du format QR Vitae, que Vitae ne lit pas.</translation>
    </message>
    <message>
        <source>The data is larger than %1 MB, the most a Vitae QR sequence carries.</source>
        <translation>Les données dépassent %1 Mo, le maximum que porte une séquence QR Vitae.</translation>
    </message>
    <message>
        <source>The parity group size must be 0 to %1.</source>
        <translation>La taille du groupe de parité doit aller de 0 à %1.</translation>
    </message>
    <message>
        <source>The data could not be compressed.</source>
        <translation>Les données n’ont pas pu être compressées.</translation>
    </message>
    <message>
        <source>QR version %1 is too small to carry a Vitae QR frame.</source>
        <translation>La version QR %1 est trop petite pour porter une trame QR Vitae.</translation>
    </message>
    <message>
        <source>The data needs more QR frames than a sequence may have.</source>
        <translation>Les données nécessitent plus de trames QR qu’une séquence ne peut en avoir.</translation>
    </message>
    <message>
        <source>The Vitae QR payload is larger than %1 MB, the most Vitae accepts.</source>
        <translation>La charge QR Vitae dépasse %1 Mo, le maximum que Vitae accepte.</translation>
    </message>
    <message>
        <source>The Vitae QR payload is truncated.</source>
        <translation>La charge QR Vitae est tronquée.</translation>
    </message>
    <message>
        <source>The Vitae QR payload is corrupt and cannot be decompressed.</source>
        <translation>La charge QR Vitae est corrompue et ne peut pas être décompressée.</translation>
    </message>
    <message>
        <source>This QR code is not a Vitae QR code.</source>
        <translation>Ce code QR n’est pas un code QR Vitae.</translation>
    </message>
    <message>
        <source>This QR code is one frame of a sequence; scan all of its frames.</source>
        <translation>Ce code QR est une trame d’une séquence ; scannez toutes ses trames.</translation>
    </message>
    <message>
        <source>The Vitae QR code is larger than Vitae accepts.</source>
        <translation>Le code QR Vitae dépasse ce que Vitae accepte.</translation>
    </message>
    <message>
        <source>The Vitae QR payload is corrupt (it is not valid Base45).</source>
        <translation>La charge QR Vitae est corrompue (ce n’est pas du Base45 valide).</translation>
    </message>
    <message>
        <source>The QR code was read.</source>
        <translation>Le code QR a été lu.</translation>
    </message>
    <message>
        <source>All %1 frames read (%2 rebuilt from parity).</source>
        <translation>Les %1 trames ont été lues (%2 reconstruites grâce à la parité).</translation>
    </message>
    <message>
        <source>All %1 frames read.</source>
        <translation>Les %1 trames ont été lues.</translation>
    </message>
    <message>
        <source>No Vitae QR frame read yet.</source>
        <translation>Aucune trame QR Vitae lue pour l’instant.</translation>
    </message>
    <message>
        <source>Have %1 of %2 frames; missing %3 %4.</source>
        <translation>%1 trames sur %2 ; il manque %3 %4.</translation>
    </message>
    <message>
        <source>frame</source>
        <translation>trame</translation>
    </message>
    <message>
        <source>frames</source>
        <translation>trames</translation>
    </message>
    <message>
        <source>This QR code belongs to another Vitae QR sequence (foreign frame).</source>
        <translation>Ce code QR appartient à une autre séquence QR Vitae (trame étrangère).</translation>
    </message>
    <message>
        <source>This frame belongs to another Vitae QR sequence (foreign frame).</source>
        <translation>Cette trame appartient à une autre séquence QR Vitae (trame étrangère).</translation>
    </message>
    <message>
        <source>This frame belongs to another Vitae QR sequence (foreign frame: message %1, not %2).</source>
        <translation>Cette trame appartient à une autre séquence QR Vitae (trame étrangère : message %1, pas %2).</translation>
    </message>
    <message>
        <source>This frame does not match the other frames of its sequence.</source>
        <translation>Cette trame ne correspond pas aux autres trames de sa séquence.</translation>
    </message>
    <message>
        <source>Frame %1 was read twice with different contents.</source>
        <translation>La trame %1 a été lue deux fois avec des contenus différents.</translation>
    </message>
    <message>
        <source>The parity frame of group %1 was read twice with different contents.</source>
        <translation>La trame de parité du groupe %1 a été lue deux fois avec des contenus différents.</translation>
    </message>
    <message>
        <source>The Vitae QR sequence was read in full but its checksum does not match; scan it again.</source>
        <translation>La séquence QR Vitae a été lue en entier, mais sa somme de contrôle ne correspond pas ; scannez-la de nouveau.</translation>
    </message>
    <message>
        <source>The Vitae QR sequence is incomplete. %1</source>
        <translation>La séquence QR Vitae est incomplète. %1</translation>
    </message>
    <message>
        <source>A credential needs its bytes and format.</source>
        <translation>Une attestation a besoin de ses octets et de son format.</translation>
    </message>
    <message>
        <source>There is no credential number %1.</source>
        <translation>Il n’y a pas d’attestation numéro %1.</translation>
    </message>
    <message>
        <source>Credential number %1 does not match its stored digest.</source>
        <translation>L’attestation numéro %1 ne correspond pas à son empreinte enregistrée.</translation>
    </message>
    <message>
        <source>The database key must be 32 bytes.</source>
        <translation>La clé de la base de données doit faire 32 octets.</translation>
    </message>
    <message>
        <source>The vault database %1 is missing.</source>
        <translation>La base de données du coffre %1 est absente.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <source>Vault database %1: %2.</source>
        <translation>Base de données du coffre %1 : %2.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is %2 MB; evidence files may be at most %3 MB.</source>
        <translation>Le fichier « %1 » fait %2 Mo ; les fichiers justificatifs peuvent faire au plus %3 Mo.</translation>
    </message>
    <message>
        <source>An evidence file needs a name and a media type.</source>
        <translation>Un fichier justificatif a besoin d’un nom et d’un type de média.</translation>
    </message>
    <message>
        <source>There is no evidence file number %1.</source>
        <translation>Il n’y a pas de fichier justificatif numéro %1.</translation>
    </message>
    <message>
        <source>Evidence file &quot;%1&quot; does not match its stored digest.</source>
        <translation>Le fichier justificatif « %1 » ne correspond pas à son empreinte enregistrée.</translation>
    </message>
    <message>
        <source>The vault&apos;s key for %1 is damaged.</source>
        <translation>La clé du coffre pour %1 est endommagée.</translation>
    </message>
    <message>
        <source>The vault was written by a newer version of Vitae (schema %1, this version knows %2); update Vitae to open it.</source>
        <translation>Le coffre a été écrit par une version plus récente de Vitae (schéma %1, cette version connaît le %2) ; mettez Vitae à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>A share needs its channel.</source>
        <translation>Un partage a besoin de son canal.</translation>
    </message>
    <message>
        <source>A tag needs a name of 1 to 200 characters.</source>
        <translation>Une étiquette a besoin d’un nom de 1 à 200 caractères.</translation>
    </message>
    <message>
        <source>There is no portfolio called &quot;%1&quot;.</source>
        <translation>Il n’y a pas de portfolio nommé « %1 ».</translation>
    </message>
    <message>
        <source>A portfolio needs a name of 1 to 200 characters.</source>
        <translation>Un portfolio a besoin d’un nom de 1 à 200 caractères.</translation>
    </message>
    <message>
        <source>There is already a portfolio called &quot;%1&quot;.</source>
        <translation>Il existe déjà un portfolio nommé « %1 ».</translation>
    </message>
    <message>
        <source>Credential number %1 is not in the portfolio &quot;%2&quot;.</source>
        <translation>L’attestation numéro %1 n’est pas dans le portfolio « %2 ».</translation>
    </message>
    <message>
        <source>The vault in %1 is in use by another Vitae process (pid %2). Close it there first.</source>
        <translation>Le coffre de %1 est utilisé par un autre processus Vitae (pid %2). Fermez-le d’abord là-bas.</translation>
    </message>
    <message>
        <source>The vault folder %1 is not writable.</source>
        <translation>Le dossier du coffre %1 n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>There is no vault in %1.</source>
        <translation>Il n’y a pas de coffre dans %1.</translation>
    </message>
    <message>
        <source>The vault header %1 cannot be read: %2</source>
        <translation>L’en-tête du coffre %1 est illisible : %2</translation>
    </message>
    <message>
        <source>The vault header %1 could not be written: %2</source>
        <translation>L’en-tête du coffre %1 n’a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>La phrase secrète est incorrecte.</translation>
    </message>
    <message>
        <source>Choose a passphrase for the vault.</source>
        <translation>Choisissez une phrase secrète pour le coffre.</translation>
    </message>
    <message>
        <source>This vault is already open.</source>
        <translation>Ce coffre est déjà ouvert.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The folder %1 already holds a vault; it was left untouched.</source>
        <translation>Le dossier %1 contient déjà un coffre ; il n’a pas été touché.</translation>
    </message>
    <message>
        <source>The vault database could not be put in place in %1.</source>
        <translation>La base de données du coffre n’a pas pu être mise en place dans %1.</translation>
    </message>
    <message>
        <source>Choose a new passphrase.</source>
        <translation>Choisissez une nouvelle phrase secrète.</translation>
    </message>
    <message>
        <source>The vault has no holder key.</source>
        <translation>Le coffre n’a pas de clé de titulaire.</translation>
    </message>
    <message>
        <source>The vault&apos;s holder key is damaged.</source>
        <translation>La clé de titulaire du coffre est endommagée.</translation>
    </message>
    <message>
        <source>The vault&apos;s holder key does not match its DID.</source>
        <translation>La clé de titulaire du coffre ne correspond pas à son DID.</translation>
    </message>
    <message>
        <source>The vault database %1 failed its integrity check: %2</source>
        <translation>La base de données du coffre %1 a échoué à sa vérification d’intégrité : %2</translation>
    </message>
    <message>
        <source>The vault header %1 is damaged: %2</source>
        <translation>L’en-tête du coffre %1 est endommagé : %2</translation>
    </message>
    <message>
        <source>The vault %1 was written by a newer version of Vitae (format %2.%3); update Vitae to open it.</source>
        <translation>Le coffre %1 a été écrit par une version plus récente de Vitae (format %2.%3) ; mettez Vitae à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>%1 was revoked by its issuer.</source>
        <translation>%1 a été révoquée par son émetteur.</translation>
    </message>
    <message>
        <source>%1 was suspended by its issuer.</source>
        <translation>%1 a été suspendue par son émetteur.</translation>
    </message>
    <message>
        <source>%1 has expired.</source>
        <translation>%1 a expiré.</translation>
    </message>
    <message>
        <source>%1 could not be checked: its issuer&apos;s key no longer answers (%2).</source>
        <translation>%1 n’a pas pu être vérifiée : la clé de son émetteur ne répond plus (%2).</translation>
    </message>
    <message>
        <source>%1 expires within a day.</source>
        <translation>%1 expire dans moins d’un jour.</translation>
    </message>
    <message>
        <source>%1 expires in %2 days.</source>
        <translation>%1 expire dans %2 jours.</translation>
    </message>
    <message>
        <source>Your last backup was %1 days ago. Make one, so a lost or broken device does not take your credentials with it.</source>
        <translation>Votre dernière sauvegarde date de %1 jours. Faites-en une, pour qu’un appareil perdu ou cassé n’emporte pas vos attestations.</translation>
    </message>
    <message>
        <source>You have never made a backup. Make one, so a lost or broken device does not take your credentials with it.</source>
        <translation>Vous n’avez jamais fait de sauvegarde. Faites-en une, pour qu’un appareil perdu ou cassé n’emporte pas vos attestations.</translation>
    </message>
    <message>
        <source>Not valid yet: valid from %1.</source>
        <translation>Pas encore valable : valable à partir du %1.</translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation>Expirée le %1.</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>Valable jusqu’au %1.</translation>
    </message>
    <message>
        <source>Valid, with no expiry date.</source>
        <translation>Valable, sans date d’expiration.</translation>
    </message>
    <message>
        <source>The issuer publishes status in a token status list, which this version of Vitae cannot check yet.</source>
        <translation>L’émetteur publie le statut dans une liste de statut de jetons, que cette version de Vitae ne sait pas encore vérifier.</translation>
    </message>
    <message>
        <source>Status unknown (offline): whether the issuer revoked it could not be checked.</source>
        <translation>Statut inconnu (hors ligne) : impossible de vérifier si l’émetteur l’a révoquée.</translation>
    </message>
    <message>
        <source>Vitae is offline</source>
        <translation>Vitae est hors ligne</translation>
    </message>
    <message>
        <source>Status unknown (offline): the issuer&apos;s status list could not be fetched (%1).</source>
        <translation>Statut inconnu (hors ligne) : la liste de statut de l’émetteur n’a pas pu être récupérée (%1).</translation>
    </message>
    <message>
        <source>Status unknown: the issuer&apos;s status list cannot be read: %1</source>
        <translation>Statut inconnu : la liste de statut de l’émetteur est illisible : %1</translation>
    </message>
    <message>
        <source>Status unknown: the issuer&apos;s status list could not be trusted (%1)</source>
        <translation>Statut inconnu : la liste de statut de l’émetteur n’est pas digne de confiance (%1)</translation>
    </message>
    <message>
        <source>Status unknown: the issuer&apos;s status list does not fit this credential (%1).</source>
        <translation>Statut inconnu : la liste de statut de l’émetteur ne correspond pas à cette attestation (%1).</translation>
    </message>
    <message>
        <source>purpose differs</source>
        <translation>la finalité diffère</translation>
    </message>
    <message>
        <source>Revoked: the issuer has withdrawn this credential.</source>
        <translation>Révoquée : l’émetteur a retiré cette attestation.</translation>
    </message>
    <message>
        <source>Suspended: the issuer has put this credential on hold.</source>
        <translation>Suspendue : l’émetteur a mis cette attestation en attente.</translation>
    </message>
    <message>
        <source>The issuer&apos;s status list marks this credential (%1 = %2).</source>
        <translation>La liste de statut de l’émetteur signale cette attestation (%1 = %2).</translation>
    </message>
    <message>
        <source>Not %1 (checked with the issuer&apos;s status list).</source>
        <translation>Non %1 (vérifié avec la liste de statut de l’émetteur).</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendue</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoquée</translation>
    </message>
    <message>
        <source>The issuer publishes no revocation status for this credential.</source>
        <translation>L’émetteur ne publie pas de statut de révocation pour cette attestation.</translation>
    </message>
    <message>
        <source>Self-asserted: issued by the learner about themselves; no one else vouches for it.</source>
        <translation>Autodéclarée : délivrée par l’apprenant à son propre sujet ; personne d’autre ne s’en porte garant.</translation>
    </message>
    <message>
        <source>Issued by %1, listed in %2.</source>
        <translation>Délivrée par %1, inscrit dans %2.</translation>
    </message>
    <message>
        <source>The issuer %1 is not on your trust lists: a valid signature proves who signed, but Vitae cannot vouch for who they are.</source>
        <translation>L’émetteur %1 n’est pas dans vos listes de confiance : une signature valide prouve qui a signé, mais Vitae ne peut pas garantir son identité.</translation>
    </message>
    <message>
        <source>The credential cannot be put in canonical form: %1</source>
        <translation>L’attestation ne peut pas être mise sous forme canonique : %1</translation>
    </message>
    <message>
        <source>The issuer&apos;s key (%1) is published online and Vitae is offline.</source>
        <translation>La clé de l’émetteur (%1) est publiée en ligne et Vitae est hors ligne.</translation>
    </message>
    <message>
        <source>Keys of the kind &quot;%1&quot; cannot be checked by this version of Vitae.</source>
        <translation>Cette version de Vitae ne sait pas vérifier les clés de type « %1 ».</translation>
    </message>
    <message>
        <source>The issuer &quot;%1&quot; is neither a DID nor an https address.</source>
        <translation>L’émetteur « %1 » n’est ni un DID ni une adresse https.</translation>
    </message>
    <message>
        <source>The issuer&apos;s keys (%1) are published online and Vitae is offline.</source>
        <translation>Les clés de l’émetteur (%1) sont publiées en ligne et Vitae est hors ligne.</translation>
    </message>
    <message>
        <source>The issuer&apos;s metadata is not valid JSON: %1</source>
        <translation>Les métadonnées de l’émetteur ne sont pas un JSON valide : %1</translation>
    </message>
    <message>
        <source>The issuer&apos;s metadata names a different issuer.</source>
        <translation>Les métadonnées de l’émetteur désignent un autre émetteur.</translation>
    </message>
    <message>
        <source>The issuer publishes no key &quot;%1&quot;.</source>
        <translation>L’émetteur ne publie pas de clé « %1 ».</translation>
    </message>
    <message>
        <source>The token was signed with a key (%1) that does not belong to its issuer (%2).</source>
        <translation>Le jeton a été signé avec une clé (%1) qui n’appartient pas à son émetteur (%2).</translation>
    </message>
    <message>
        <source>The token does not say which of the issuer&apos;s keys signed it (no kid).</source>
        <translation>Le jeton n’indique pas laquelle des clés de l’émetteur l’a signé (pas de kid).</translation>
    </message>
    <message>
        <source>The proof&apos;s @context does not match the credential&apos;s.</source>
        <translation>Le @context de la preuve ne correspond pas à celui de l’attestation.</translation>
    </message>
    <message>
        <source>The proof value is not a base58 signature of 64 bytes.</source>
        <translation>La valeur de la preuve n’est pas une signature base58 de 64 octets.</translation>
    </message>
    <message>
        <source>The signature does not match the credential.</source>
        <translation>La signature ne correspond pas à l’attestation.</translation>
    </message>
    <message>
        <source>A proof in the chain names a previous proof that is not there.</source>
        <translation>Une preuve de la chaîne désigne une preuve précédente absente.</translation>
    </message>
    <message>
        <source>The proof cannot be read: %1</source>
        <translation>La preuve est illisible : %1</translation>
    </message>
    <message>
        <source>The credential cannot be read as linked data: %1</source>
        <translation>L’attestation ne peut pas être lue comme données liées : %1</translation>
    </message>
    <message>
        <source>%1 needs an %2 key.</source>
        <translation>%1 nécessite une clé %2.</translation>
    </message>
    <message>
        <source>The credential status has no type.</source>
        <translation>Le statut de l’attestation n’a pas de type.</translation>
    </message>
    <message>
        <source>The credential status type %1 is not supported.</source>
        <translation>Le type de statut d’attestation %1 n’est pas pris en charge.</translation>
    </message>
    <message>
        <source>The status list is larger than %1 bytes compressed.</source>
        <translation>La liste de statut dépasse %1 octets compressée.</translation>
    </message>
    <message>
        <source>The status list is empty or not valid base64url text.</source>
        <translation>La liste de statut est vide ou n’est pas un texte base64url valide.</translation>
    </message>
    <message>
        <source>The decompressor could not be started.</source>
        <translation>Le décompresseur n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>The status list expands to more than %1 bytes, so it was not read.</source>
        <translation>La liste de statut dépasse %1 octets une fois décompressée ; elle n’a donc pas été lue.</translation>
    </message>
    <message>
        <source>The status list is cut short (its GZIP data ends too early).</source>
        <translation>La liste de statut est tronquée (ses données GZIP s’arrêtent trop tôt).</translation>
    </message>
    <message>
        <source>The status list is not valid GZIP data.</source>
        <translation>La liste de statut n’est pas une donnée GZIP valide.</translation>
    </message>
    <message>
        <source>The status list has unexpected data after its GZIP data.</source>
        <translation>La liste de statut a des données inattendues après ses données GZIP.</translation>
    </message>
    <message>
        <source>A status size of %1 bits is not supported.</source>
        <translation>Une taille de statut de %1 bits n’est pas prise en charge.</translation>
    </message>
    <message>
        <source>A status index cannot be negative.</source>
        <translation>Un index de statut ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Status index %1 is outside the status list, which has %2 entries.</source>
        <translation>L’index de statut %1 est hors de la liste de statut, qui a %2 entrées.</translation>
    </message>
    <message>
        <source>The status list credential has no single credentialSubject.</source>
        <translation>L’attestation de liste de statut n’a pas un credentialSubject unique.</translation>
    </message>
    <message>
        <source>The status list credential is not typed BitstringStatusListCredential.</source>
        <translation>L’attestation de liste de statut n’est pas de type BitstringStatusListCredential.</translation>
    </message>
    <message>
        <source>The status list credential is not typed StatusList2021Credential.</source>
        <translation>L’attestation de liste de statut n’est pas de type StatusList2021Credential.</translation>
    </message>
    <message>
        <source>The status list credential does not hold a BitstringStatusList or StatusList2021.</source>
        <translation>L’attestation de liste de statut ne contient ni BitstringStatusList ni StatusList2021.</translation>
    </message>
    <message>
        <source>The status list credential has no statusPurpose.</source>
        <translation>L’attestation de liste de statut n’a pas de statusPurpose.</translation>
    </message>
    <message>
        <source>The status list credential has no encodedList.</source>
        <translation>L’attestation de liste de statut n’a pas d’encodedList.</translation>
    </message>
    <message>
        <source>The trust list is not valid JSON: %1</source>
        <translation>La liste de confiance n’est pas un JSON valide : %1</translation>
    </message>
    <message>
        <source>The trust list is of a newer version than Vitae reads.</source>
        <translation>La liste de confiance est d’une version plus récente que celle que Vitae lit.</translation>
    </message>
    <message>
        <source>An issuer in the trust list has no id.</source>
        <translation>Un émetteur de la liste de confiance n’a pas d’id.</translation>
    </message>
    <message>
        <source>This is neither a Vitae trust list nor an issuer registry.</source>
        <translation>Ce n’est ni une liste de confiance Vitae ni un registre d’émetteurs.</translation>
    </message>
    <message>
        <source>The issuer&apos;s key could not be fetched, so the signature was not checked: %1</source>
        <translation>La clé de l’émetteur n’a pas pu être récupérée ; la signature n’a donc pas été vérifiée : %1</translation>
    </message>
    <message>
        <source>The signing key is not valid for this issuer: %1</source>
        <translation>La clé de signature n’est pas valable pour cet émetteur : %1</translation>
    </message>
    <message>
        <source>The credential does not start with the W3C credentials context.</source>
        <translation>L’attestation ne commence pas par le contexte des attestations du W3C.</translation>
    </message>
    <message>
        <source>The credential is well formed.</source>
        <translation>L’attestation est bien formée.</translation>
    </message>
    <message>
        <source>The credential is not signed.</source>
        <translation>L’attestation n’est pas signée.</translation>
    </message>
    <message>
        <source>The credential is signed with %1, which this version of Vitae cannot check yet (unsupported proof suite).</source>
        <translation>L’attestation est signée avec %1, que cette version de Vitae ne sait pas encore vérifier (suite de preuve non prise en charge).</translation>
    </message>
    <message>
        <source>The credential&apos;s proof uses an unknown method (&quot;%1&quot;), so it cannot be trusted.</source>
        <translation>La preuve de l’attestation utilise une méthode inconnue (« %1 ») ; on ne peut donc pas s’y fier.</translation>
    </message>
    <message>
        <source>The proof was not made for issuing a credential (its purpose is &quot;%1&quot;).</source>
        <translation>La preuve n’a pas été faite pour délivrer une attestation (sa finalité est « %1 »).</translation>
    </message>
    <message>
        <source>The credential was signed by %1, not by its issuer %2.</source>
        <translation>L’attestation a été signée par %1, pas par son émetteur %2.</translation>
    </message>
    <message>
        <source>The signature itself has expired.</source>
        <translation>La signature elle-même a expiré.</translation>
    </message>
    <message>
        <source>The signature could not be checked: %1.</source>
        <translation>La signature n’a pas pu être vérifiée : %1.</translation>
    </message>
    <message>
        <source>The credential uses a term its contexts do not define, so its meaning is not covered by the signature: %1.</source>
        <translation>L’attestation utilise un terme que ses contextes ne définissent pas ; son sens n’est donc pas couvert par la signature : %1.</translation>
    </message>
    <message>
        <source>The signature does not match: the credential was changed after it was issued, or was not issued by %1. (%2)</source>
        <translation>La signature ne correspond pas : l’attestation a été modifiée après sa délivrance, ou n’a pas été délivrée par %1. (%2)</translation>
    </message>
    <message>
        <source>Signed by the issuer (%1); nothing was changed since.</source>
        <translation>Signée par l’émetteur (%1) ; rien n’a changé depuis.</translation>
    </message>
    <message>
        <source>The token&apos;s issuer (%1) differs from the credential&apos;s issuer (%2).</source>
        <translation>L’émetteur du jeton (%1) diffère de celui de l’attestation (%2).</translation>
    </message>
    <message>
        <source>The signature does not match: the credential was changed after it was issued. (%1)</source>
        <translation>La signature ne correspond pas : l’attestation a été modifiée après sa délivrance. (%1)</translation>
    </message>
    <message>
        <source>Hosted badge, not cryptographically signed; it could not be compared with the issuer&apos;s copy (offline).</source>
        <translation>Badge hébergé, non signé cryptographiquement ; il n’a pas pu être comparé à la copie de l’émetteur (hors ligne).</translation>
    </message>
    <message>
        <source>Hosted badge, not cryptographically signed; the issuer&apos;s copy could not be fetched: %1</source>
        <translation>Badge hébergé, non signé cryptographiquement ; la copie de l’émetteur n’a pas pu être récupérée : %1</translation>
    </message>
    <message>
        <source>Hosted badge, not cryptographically signed, and it differs from the issuer&apos;s copy.</source>
        <translation>Badge hébergé, non signé cryptographiquement, et différent de la copie de l’émetteur.</translation>
    </message>
    <message>
        <source>Hosted badge, not cryptographically signed; it matches the copy on the issuer&apos;s site.</source>
        <translation>Badge hébergé, non signé cryptographiquement ; il correspond à la copie du site de l’émetteur.</translation>
    </message>
    <message>
        <source>Unlock your vault first.</source>
        <translation>Déverrouillez d’abord votre coffre.</translation>
    </message>
    <message>
        <source>The trust list %1 cannot be read: %2</source>
        <translation>La liste de confiance %1 est illisible : %2</translation>
    </message>
    <message>
        <source>The presentation could not be compressed.</source>
        <translation>La présentation n’a pas pu être compressée.</translation>
    </message>
    <message>
        <source>This presentation is too large for a link (at most %1 KB); save it as a file instead.</source>
        <translation>Cette présentation est trop volumineuse pour un lien (au plus %1 Ko) ; enregistrez-la plutôt dans un fichier.</translation>
    </message>
    <message>
        <source>This is a %1, not a presentation.</source>
        <translation>Ceci est : %1 ; pas une présentation.</translation>
    </message>
    <message>
        <source>The trust list is larger than %1 MB.</source>
        <translation>La liste de confiance dépasse %1 Mo.</translation>
    </message>
    <message>
        <source>This trust list is already in your vault.</source>
        <translation>Cette liste de confiance est déjà dans votre coffre.</translation>
    </message>
    <message>
        <source>Vitae cannot read this VPQR code: %1</source>
        <translation>Vitae ne sait pas lire ce code VPQR : %1</translation>
    </message>
    <message>
        <source>This VPQR code is damaged: %1</source>
        <translation>Ce code VPQR est endommagé : %1</translation>
    </message>
    <message>
        <source>This is not a VPQR code: it does not start with &quot;VP1-&quot;.</source>
        <translation>Ce n’est pas un code VPQR : il ne commence pas par « VP1- ».</translation>
    </message>
    <message>
        <source>A device slot needs two 32-byte keys.</source>
        <translation>Un emplacement d’appareil nécessite deux clés de 32 octets.</translation>
    </message>
    <message>
        <source>The key this device keeps does not open this vault&apos;s device slot.</source>
        <translation>La clé que conserve cet appareil n’ouvre pas l’emplacement d’appareil de ce coffre.</translation>
    </message>
    <message>
        <source>The device slot %1 is damaged: %2</source>
        <translation>L’emplacement d’appareil %1 est endommagé : %2</translation>
    </message>
    <message>
        <source>The device slot %1 was written by a newer version of Vitae (format %2.%3).</source>
        <translation>L’emplacement d’appareil %1 a été écrit par une version plus récente de Vitae (format %2.%3).</translation>
    </message>
    <message>
        <source>This vault is not remembered on this device.</source>
        <translation>Ce coffre n’est pas mémorisé sur cet appareil.</translation>
    </message>
    <message>
        <source>The device slot %1 cannot be read: %2</source>
        <translation>L’emplacement d’appareil %1 est illisible : %2</translation>
    </message>
    <message>
        <source>The device slot %1 could not be written: %2</source>
        <translation>L’emplacement d’appareil %1 n’a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>Open the vault before remembering it on this device.</source>
        <translation>Ouvrez le coffre avant de le mémoriser sur cet appareil.</translation>
    </message>
    <message>
        <source>The key remembered on this device does not open the vault database (%1).</source>
        <translation>La clé mémorisée sur cet appareil n’ouvre pas la base de données du coffre (%1).</translation>
    </message>
    <message>
        <source>The device slot %1 could not be removed.</source>
        <translation>L’emplacement d’appareil %1 n’a pas pu être retiré.</translation>
    </message>
</context>
<context>
    <name>vitae::gui</name>
    <message>
        <source>an SD-JWT credential</source>
        <translation>une attestation SD-JWT</translation>
    </message>
    <message>
        <source>a JSON-LD credential</source>
        <translation>une attestation JSON-LD</translation>
    </message>
    <message>
        <source>a JWT credential</source>
        <translation>une attestation JWT</translation>
    </message>
    <message>
        <source>a %1 credential</source>
        <translation>une attestation %1</translation>
    </message>
    <message>
        <source>%1 of type %2</source>
        <translation>%1 de type %2</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <source>This portfolio is empty: add something to it before exporting.</source>
        <translation>Ce portfolio est vide : ajoutez-y quelque chose avant de l’exporter.</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>(a credential Vitae can no longer read)</source>
        <translation>(une attestation que Vitae ne sait plus lire)</translation>
    </message>
</context>
<context>
    <name>vitae::gui::AlertsViewModel</name>
    <message>
        <source>A credential</source>
        <translation>Une attestation</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Depuis %1</translation>
    </message>
    <message>
        <source>%1 was revoked by its issuer.</source>
        <translation>%1 a été révoquée par son émetteur.</translation>
    </message>
    <message>
        <source>Verifiers will see it as revoked. If you think this is a mistake, contact the issuer.</source>
        <translation>Les vérificateurs la verront comme révoquée. Si vous pensez que c’est une erreur, contactez l’émetteur.</translation>
    </message>
    <message>
        <source>%1 was suspended by its issuer.</source>
        <translation>%1 a été suspendue par son émetteur.</translation>
    </message>
    <message>
        <source>Verifiers will see it as suspended until the issuer lifts it. Ask the issuer why.</source>
        <translation>Les vérificateurs la verront comme suspendue jusqu’à ce que l’émetteur lève la suspension. Demandez-lui pourquoi.</translation>
    </message>
    <message>
        <source>%1 has expired.</source>
        <translation>%1 a expiré.</translation>
    </message>
    <message>
        <source>Ask the issuer for a renewed credential if you still need it.</source>
        <translation>Demandez à l’émetteur une attestation renouvelée si vous en avez encore besoin.</translation>
    </message>
    <message>
        <source>%1 expires within a day.</source>
        <translation>%1 expire dans moins d’un jour.</translation>
    </message>
    <message>
        <source>If you still need it, ask the issuer to renew it before then.</source>
        <translation>Si vous en avez encore besoin, demandez à l’émetteur de la renouveler avant cette date.</translation>
    </message>
    <message>
        <source>The issuer of %1 no longer answers at its web address.</source>
        <translation>L’émetteur de %1 ne répond plus à son adresse web.</translation>
    </message>
    <message>
        <source>Its signature cannot be checked while that lasts. Export a verifiable bundle from your portfolio while the credential can still be checked, and keep it.</source>
        <translation>Tant que cela dure, sa signature ne peut pas être vérifiée. Exportez un dossier vérifiable depuis votre portfolio tant que l’attestation peut encore être vérifiée, et conservez-le.</translation>
    </message>
    <message numerus="yes">
        <source>Your last backup was %n day(s) ago.</source>
        <translation>
            <numerusform>Votre dernière sauvegarde date de %n jour.</numerusform>
            <numerusform>Votre dernière sauvegarde date de %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have never made a backup of your vault.</source>
        <translation>Vous n’avez jamais sauvegardé votre coffre.</translation>
    </message>
    <message>
        <source>Make one now and keep it on another device, so a lost or broken device does not take your credentials with it.</source>
        <translation>Faites-en une maintenant et gardez-la sur un autre appareil, pour qu’un appareil perdu ou cassé n’emporte pas vos attestations.</translation>
    </message>
    <message>
        <source>Last backup %1</source>
        <translation>Dernière sauvegarde : %1</translation>
    </message>
    <message>
        <source>Unlock your vault first.</source>
        <translation>Déverrouillez d’abord votre coffre.</translation>
    </message>
    <message>
        <source>The re-check did not finish: %1</source>
        <translation>La nouvelle vérification n’a pas abouti : %1</translation>
    </message>
    <message>
        <source>%1 expires on %2, in %3 days.</source>
        <translation>%1 expire le %2, dans %3 jours.</translation>
    </message>
</context>
<context>
    <name>vitae::gui::AppController</name>
    <message>
        <source>The link is too long (at most %1 KB).</source>
        <translation>Le lien est trop long (au plus %1 Ko).</translation>
    </message>
    <message>
        <source>The link cannot be read.</source>
        <translation>Le lien est illisible.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n credential(s) to your wallet.</source>
        <translation>
            <numerusform>%n attestation ajoutée à votre portefeuille.</numerusform>
            <numerusform>%n attestations ajoutées à votre portefeuille.</numerusform>
        </translation>
    </message>
    <message>
        <source>The credential was deleted.</source>
        <translation>L’attestation a été supprimée.</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation>Choisissez une phrase secrète.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Saisissez votre phrase secrète.</translation>
    </message>
    <message>
        <source>Only files on this device can be added this way.</source>
        <translation>Seuls les fichiers de cet appareil peuvent être ajoutés ainsi.</translation>
    </message>
    <message>
        <source>Use four or more unrelated words, or a long sentence only you would think of.</source>
        <translation>Utilisez au moins quatre mots sans rapport entre eux, ou une longue phrase à laquelle vous seul penseriez.</translation>
    </message>
    <message>
        <source>Very weak: someone could guess this quickly.</source>
        <translation>Très faible : quelqu’un pourrait la deviner rapidement.</translation>
    </message>
    <message>
        <source>Weak: add more words.</source>
        <translation>Faible : ajoutez des mots.</translation>
    </message>
    <message>
        <source>Fair: a few more words would make it strong.</source>
        <translation>Correcte : quelques mots de plus la rendraient robuste.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Bonne.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Robuste.</translation>
    </message>
    <message>
        <source>Open your vault to see what these files hold: %1. Nothing is added until you confirm.</source>
        <translation>Ouvrez votre coffre pour voir ce que contiennent ces fichiers : %1. Rien n’est ajouté tant que vous ne confirmez pas.</translation>
    </message>
    <message>
        <source>Vitae was given a link it cannot use, so nothing was added. %1</source>
        <translation>Vitae a reçu un lien qu’il ne peut pas utiliser ; rien n’a donc été ajouté. %1</translation>
    </message>
    <message>
        <source>Vitae received a presentation request.</source>
        <translation>Vitae a reçu une demande de présentation.</translation>
    </message>
    <message>
        <source>Vitae received a presentation request from %1.</source>
        <translation>Vitae a reçu une demande de présentation de %1.</translation>
    </message>
    <message>
        <source>Nothing has been shared: Vitae will show you what is asked and ask you first.</source>
        <translation>Rien n’a été partagé : Vitae vous montrera ce qui est demandé et vous demandera d’abord.</translation>
    </message>
    <message>
        <source>Vitae received a %1.</source>
        <translation>Vitae a reçu : %1.</translation>
    </message>
    <message>
        <source>Vitae received a %1 from %2.</source>
        <translation>Vitae a reçu de %2 : %1.</translation>
    </message>
    <message>
        <source>Nothing has been added: Vitae will show you what it holds and ask you before importing anything.</source>
        <translation>Rien n’a été ajouté : Vitae vous montrera ce qu’il contient et vous demandera avant d’importer quoi que ce soit.</translation>
    </message>
    <message>
        <source>Unlock your vault first; the link waits for you.</source>
        <translation>Déverrouillez d’abord votre coffre ; le lien vous attend.</translation>
    </message>
    <message>
        <source>Vitae cannot open this kind of link from the app yet.</source>
        <translation>Vitae ne sait pas encore ouvrir ce type de lien depuis l’application.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was collected or added.</source>
        <translation>Arrêté. Rien n’a été récupéré ni ajouté.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Check it and try again.</source>
        <translation>Cette phrase secrète est incorrecte. Vérifiez-la et réessayez.</translation>
    </message>
    <message>
        <source>This vault is open in another Vitae window or program. Close it there first.</source>
        <translation>Ce coffre est ouvert dans une autre fenêtre ou un autre programme Vitae. Fermez-le d’abord là-bas.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Vitae. Update Vitae to open it.</source>
        <translation>Ce coffre a été créé par une version plus récente de Vitae. Mettez Vitae à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The vault&apos;s files are damaged, so it cannot be opened. Nothing was changed. (%1)</source>
        <translation>Les fichiers du coffre sont endommagés ; il ne peut donc pas être ouvert. Rien n’a été modifié. (%1)</translation>
    </message>
    <message>
        <source>The vault could not be saved to disk: %1</source>
        <translation>Le coffre n’a pas pu être enregistré sur le disque : %1</translation>
    </message>
</context>
<context>
    <name>vitae::gui::ClaimText</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>vitae::gui::DeviceUnlock</name>
    <message>
        <source>This device has no keychain that Vitae can use.</source>
        <translation>Cet appareil n’a pas de trousseau que Vitae puisse utiliser.</translation>
    </message>
    <message>
        <source>The keychain was not unlocked.</source>
        <translation>Le trousseau n’a pas été déverrouillé.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access.</source>
        <translation>Le trousseau est verrouillé ou a refusé l’accès.</translation>
    </message>
    <message>
        <source>The keychain did not answer.</source>
        <translation>Le trousseau n’a pas répondu.</translation>
    </message>
    <message>
        <source>The keychain did not answer (%1).</source>
        <translation>Le trousseau n’a pas répondu (%1).</translation>
    </message>
    <message>
        <source>The key in this device&apos;s keychain does not open this vault. Unlock with your passphrase, then turn “Remember on this device” off and on again in Settings.</source>
        <translation>La clé du trousseau de cet appareil n’ouvre pas ce coffre. Déverrouillez avec votre phrase secrète, puis désactivez et réactivez « Mémoriser sur cet appareil » dans les Paramètres.</translation>
    </message>
    <message>
        <source>This vault&apos;s device slot is damaged, so it cannot open the vault. Nothing else was changed: unlock with your passphrase. (%1)</source>
        <translation>L’emplacement d’appareil de ce coffre est endommagé ; il ne peut donc pas l’ouvrir. Rien d’autre n’a été modifié : déverrouillez avec votre phrase secrète. (%1)</translation>
    </message>
    <message>
        <source>This vault is no longer remembered on this device. Unlock with your passphrase.</source>
        <translation>Ce coffre n’est plus mémorisé sur cet appareil. Déverrouillez avec votre phrase secrète.</translation>
    </message>
    <message>
        <source>This vault is open in another Vitae window or program. Close it there first.</source>
        <translation>Ce coffre est ouvert dans une autre fenêtre ou un autre programme Vitae. Fermez-le d’abord là-bas.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Vitae. Update Vitae to open it.</source>
        <translation>Ce coffre a été créé par une version plus récente de Vitae. Mettez Vitae à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The vault could not be opened on this device: %1 Unlock with your passphrase.</source>
        <translation>Le coffre n’a pas pu être ouvert sur cet appareil : %1 Déverrouillez avec votre phrase secrète.</translation>
    </message>
    <message>
        <source>Vitae could not keep a key in this device&apos;s keychain, so the vault is not remembered. %1</source>
        <translation>Vitae n’a pas pu conserver de clé dans le trousseau de cet appareil ; le coffre n’est donc pas mémorisé. %1</translation>
    </message>
    <message>
        <source>This vault now opens on this device without the passphrase.</source>
        <translation>Ce coffre s’ouvre désormais sur cet appareil sans la phrase secrète.</translation>
    </message>
    <message>
        <source>The vault could not be remembered on this device: %1</source>
        <translation>Le coffre n’a pas pu être mémorisé sur cet appareil : %1</translation>
    </message>
    <message>
        <source>The device slot could not be removed: %1</source>
        <translation>L’emplacement d’appareil n’a pas pu être retiré : %1</translation>
    </message>
    <message>
        <source>This vault is no longer remembered on this device. The key left in the keychain now opens nothing, but it could not be removed: %1</source>
        <translation>Ce coffre n’est plus mémorisé sur cet appareil. La clé restée dans le trousseau n’ouvre plus rien, mais n’a pas pu être retirée : %1</translation>
    </message>
    <message>
        <source>This vault is no longer remembered on this device: only the passphrase opens it.</source>
        <translation>Ce coffre n’est plus mémorisé sur cet appareil : seule la phrase secrète l’ouvre.</translation>
    </message>
    <message>
        <source>This device&apos;s keychain no longer holds the key for this vault. Unlock with your passphrase; you can turn “Remember on this device” on again in Settings.</source>
        <translation>Le trousseau de cet appareil ne contient plus la clé de ce coffre. Déverrouillez avec votre phrase secrète ; vous pouvez réactiver « Mémoriser sur cet appareil » dans les Paramètres.</translation>
    </message>
    <message>
        <source>%1 Unlock with your passphrase.</source>
        <translation>%1 Déverrouillez avec votre phrase secrète.</translation>
    </message>
</context>
<context>
    <name>vitae::gui::LanguageSwitcher</name>
    <message>
        <source>Vitae has no translation for &quot;%1&quot;.</source>
        <translation>Vitae n’a pas de traduction pour « %1 ».</translation>
    </message>
    <message>
        <source>The %1 translation could not be loaded.</source>
        <translation>La traduction %1 n’a pas pu être chargée.</translation>
    </message>
</context>
<context>
    <name>vitae::gui::PortfolioViewModel</name>
    <message>
        <source>Write the %1 month as year and month, for example 2019-04.</source>
        <translation>Écrivez le mois de %1 sous la forme année-mois, par exemple 2019-04.</translation>
    </message>
    <message>
        <source>Write the role you had, for example “Logistics planning officer”.</source>
        <translation>Écrivez le rôle que vous aviez, par exemple « Officier de planification logistique ».</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 est illisible.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 dépasse %2 Mo.</translation>
    </message>
    <message>
        <source>Added “%1”. It is marked self-asserted: you vouch for it, nobody else has checked it yet.</source>
        <translation>« %1 » a été ajoutée. Elle est marquée autodéclarée : vous vous en portez garant, personne d’autre ne l’a encore vérifiée.</translation>
    </message>
    <message>
        <source>Choose at least one credential to export.</source>
        <translation>Choisissez au moins une attestation à exporter.</translation>
    </message>
    <message>
        <source>Open a portfolio first.</source>
        <translation>Ouvrez d’abord un portfolio.</translation>
    </message>
    <message>
        <source>This portfolio is empty: add something to it before exporting.</source>
        <translation>Ce portfolio est vide : ajoutez-y quelque chose avant de l’exporter.</translation>
    </message>
    <message>
        <source>Choose a file on this device.</source>
        <translation>Choisissez un fichier de cet appareil.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n credential(s) to %1.</source>
        <translation>
            <numerusform>%n attestation exportée vers %1.</numerusform>
            <numerusform>%n attestations exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the portfolio a name, for example the job you are applying for.</source>
        <translation>Donnez un nom au portfolio, par exemple le poste que vous visez.</translation>
    </message>
    <message>
        <source>Made the portfolio “%1”. Add what it should show.</source>
        <translation>Le portfolio « %1 » a été créé. Ajoutez ce qu’il doit montrer.</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>Renommé en « %1 ».</translation>
    </message>
    <message>
        <source>Deleted the portfolio “%1”. Its credentials are still in your vault.</source>
        <translation>Le portfolio « %1 » a été supprimé. Ses attestations sont toujours dans votre coffre.</translation>
    </message>
</context>
<context>
    <name>vitae::gui::RequestViewModel</name>
    <message>
        <source>Vitae could not read this request, so nothing was shared. %1</source>
        <translation>Vitae n’a pas pu lire cette demande ; rien n’a donc été partagé. %1</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Rien n’a été envoyé : %1</translation>
    </message>
    <message>
        <source>The presentation could not be sent to %1: %2</source>
        <translation>La présentation n’a pas pu être envoyée à %1 : %2</translation>
    </message>
    <message>
        <source>%1 received your presentation but did not accept it. %2</source>
        <translation>%1 a reçu votre présentation, mais ne l’a pas acceptée. %2</translation>
    </message>
    <message>
        <source>%1 accepted your presentation. It gave no address to continue at.</source>
        <translation>%1 a accepté votre présentation. Il n’a donné aucune adresse où continuer.</translation>
    </message>
    <message>
        <source>%1 accepted your presentation. It asks you to continue at the address below; Vitae does not open it for you.</source>
        <translation>%1 a accepté votre présentation. Il vous demande de continuer à l’adresse ci-dessous ; Vitae ne l’ouvre pas à votre place.</translation>
    </message>
    <message>
        <source>It was sent, but could not be written to your share log: %1</source>
        <translation>Elle a été envoyée, mais n’a pas pu être inscrite dans votre journal de partage : %1</translation>
    </message>
    <message>
        <source>You declined the request. Nothing was sent.</source>
        <translation>Vous avez refusé la demande. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>What you sent is in your share log.</source>
        <translation>Ce que vous avez envoyé figure dans votre journal de partage.</translation>
    </message>
</context>
<context>
    <name>vitae::gui::ScannerViewModel</name>
    <message>
        <source>Read %1 of %2 frames. Keep the camera on the code.</source>
        <translation>%1 trames lues sur %2. Gardez la caméra sur le code.</translation>
    </message>
    <message>
        <source>Point the camera at the QR code. An animated code is read frame by frame.</source>
        <translation>Pointez la caméra vers le code QR. Un code animé se lit trame par trame.</translation>
    </message>
    <message>
        <source>No camera was found. Open a picture of the code, or copy the code or its text and paste it.</source>
        <translation>Aucune caméra n’a été trouvée. Ouvrez une image du code, ou copiez le code ou son texte et collez-le.</translation>
    </message>
    <message>
        <source>Reading the picture…</source>
        <translation>Lecture de l’image…</translation>
    </message>
    <message>
        <source>This picture shows one frame of an animated code. Scan the animation with the camera to read every frame.</source>
        <translation>Cette image montre une seule trame d’un code animé. Scannez l’animation avec la caméra pour lire toutes les trames.</translation>
    </message>
    <message>
        <source>This code holds something Vitae does not use. %1</source>
        <translation>Ce code contient quelque chose que Vitae n’utilise pas. %1</translation>
    </message>
    <message>
        <source>This code is not one Vitae uses. %1</source>
        <translation>Ce code n’est pas de ceux qu’utilise Vitae. %1</translation>
    </message>
    <message>
        <source>a picture of a QR code</source>
        <translation>une image d’un code QR</translation>
    </message>
    <message>
        <source>a scanned QR code</source>
        <translation>un code QR scanné</translation>
    </message>
    <message>
        <source>The code was read whole, but what it carries is not text Vitae can use.</source>
        <translation>Le code a été lu en entier, mais ce qu’il contient n’est pas un texte utilisable par Vitae.</translation>
    </message>
    <message>
        <source>The clipboard holds no picture and no text. Copy a QR code or a link first.</source>
        <translation>Le presse-papiers ne contient ni image ni texte. Copiez d’abord un code QR ou un lien.</translation>
    </message>
    <message>
        <source>Choose a picture on this device.</source>
        <translation>Choisissez une image de cet appareil.</translation>
    </message>
    <message>
        <source>The camera could not start (%1). Open a picture of the code, or paste it.</source>
        <translation>La caméra n’a pas pu démarrer (%1). Ouvrez une image du code, ou collez-le.</translation>
    </message>
</context>
<context>
    <name>vitae::gui::ScreenAwake</name>
    <message>
        <source>The screen may turn off: there is no desktop session to ask.</source>
        <translation>L’écran risque de s’éteindre : il n’y a pas de session de bureau à qui le demander.</translation>
    </message>
    <message>
        <source>Showing a QR code to a verifier</source>
        <translation>Affichage d’un code QR à un vérificateur</translation>
    </message>
    <message>
        <source>The screen may turn off: keeping it on is not supported on this system yet.</source>
        <translation>L’écran risque de s’éteindre : le garder allumé n’est pas encore pris en charge sur ce système.</translation>
    </message>
    <message>
        <source>The screen may turn off: the desktop did not agree to keep it on.</source>
        <translation>L’écran risque de s’éteindre : le bureau n’a pas accepté de le garder allumé.</translation>
    </message>
</context>
<context>
    <name>vitae::gui::SettingsViewModel</name>
    <message>
        <source>Nothing was restored, and the vault you have open was not changed.</source>
        <translation>Rien n’a été restauré, et le coffre ouvert n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The backup passphrase is not right. Check it and try again.</source>
        <translation>La phrase secrète de la sauvegarde est incorrecte. Vérifiez-la et réessayez.</translation>
    </message>
    <message>
        <source>The backup file is damaged, so it cannot be restored (%1).</source>
        <translation>Le fichier de sauvegarde est endommagé ; il ne peut donc pas être restauré (%1).</translation>
    </message>
    <message>
        <source>This file is not a Vitae backup (%1).</source>
        <translation>Ce fichier n’est pas une sauvegarde Vitae (%1).</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Vitae. Update Vitae to restore it.</source>
        <translation>Cette sauvegarde a été faite par une version plus récente de Vitae. Mettez Vitae à jour pour la restaurer.</translation>
    </message>
    <message>
        <source>%1 Choose a new, empty folder for the restored vault.</source>
        <translation>%1 Choisissez un dossier nouveau et vide pour le coffre restauré.</translation>
    </message>
    <message>
        <source>The restore was stopped.</source>
        <translation>La restauration a été arrêtée.</translation>
    </message>
    <message>
        <source>The backup was stopped; no file was written.</source>
        <translation>La sauvegarde a été arrêtée ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>The disk refused: %1</source>
        <translation>Le disque a refusé : %1</translation>
    </message>
    <message>
        <source>Unlock your vault first.</source>
        <translation>Déverrouillez d’abord votre coffre.</translation>
    </message>
    <message>
        <source>Vitae is free and open source software. It is built on Qt (LGPL 3), libsodium (ISC), SQLCipher (BSD-style), ZXing-C++ (Apache 2.0), qpdf (Apache 2.0), QR Code generator (MIT), OpenSSL (Apache 2.0) and zlib (zlib licence).</source>
        <translation>Vitae est un logiciel libre et open source. Il repose sur Qt (LGPL 3), libsodium (ISC), SQLCipher (type BSD), ZXing-C++ (Apache 2.0), qpdf (Apache 2.0), QR Code generator (MIT), OpenSSL (Apache 2.0) et zlib (licence zlib).</translation>
    </message>
    <message>
        <source>Choose one of the auto-lock times offered.</source>
        <translation>Choisissez l’un des délais de verrouillage automatique proposés.</translation>
    </message>
    <message>
        <source>The auto-lock time could not be saved: %1</source>
        <translation>Le délai de verrouillage automatique n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Vitae will not lock by itself; use Lock now when you leave.</source>
        <translation>Vitae ne se verrouillera pas tout seul ; utilisez Verrouiller maintenant en partant.</translation>
    </message>
    <message numerus="yes">
        <source>Vitae locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>Vitae se verrouille après %n minute d’inactivité.</numerusform>
            <numerusform>Vitae se verrouille après %n minutes d’inactivité.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trust list %1 cannot be read.</source>
        <translation>La liste de confiance %1 est illisible.</translation>
    </message>
    <message>
        <source>The trust list is larger than %1 MB; Vitae does not read lists that big.</source>
        <translation>La liste de confiance dépasse %1 Mo ; Vitae ne lit pas de listes aussi grandes.</translation>
    </message>
    <message>
        <source>This trust list is already in your vault.</source>
        <translation>Cette liste de confiance est déjà dans votre coffre.</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>%1 n’a pas été ajouté : %2</translation>
    </message>
    <message>
        <source>Added the trust list %1. Credentials checked from now on show its issuers as known.</source>
        <translation>La liste de confiance %1 a été ajoutée. Les attestations vérifiées désormais montreront ses émetteurs comme connus.</translation>
    </message>
    <message>
        <source>The trust list was removed.</source>
        <translation>La liste de confiance a été retirée.</translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation>Choisissez où enregistrer la sauvegarde.</translation>
    </message>
    <message>
        <source>Save the backup outside the vault&apos;s own folder, ideally on another drive or device.</source>
        <translation>Enregistrez la sauvegarde hors du dossier du coffre, idéalement sur un autre disque ou appareil.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name for the backup.</source>
        <translation>%1 est un dossier ; choisissez un nom de fichier pour la sauvegarde.</translation>
    </message>
    <message>
        <source>Choose a passphrase for the backup.</source>
        <translation>Choisissez une phrase secrète pour la sauvegarde.</translation>
    </message>
    <message>
        <source>The two backup passphrases are not the same.</source>
        <translation>Les deux phrases secrètes de sauvegarde ne sont pas identiques.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess for a file that holds your whole vault. Add more words.</source>
        <translation>Cette phrase secrète est trop facile à deviner pour un fichier qui contient tout votre coffre. Ajoutez des mots.</translation>
    </message>
    <message numerus="yes">
        <source>Saved a backup of %n credential(s) to %1. Keep the backup passphrase safe: without it the backup cannot be restored.</source>
        <translation>
            <numerusform>Sauvegarde de %n attestation enregistrée dans %1. Gardez la phrase secrète de sauvegarde en lieu sûr : sans elle, la sauvegarde ne peut pas être restaurée.</numerusform>
            <numerusform>Sauvegarde de %n attestations enregistrée dans %1. Gardez la phrase secrète de sauvegarde en lieu sûr : sans elle, la sauvegarde ne peut pas être restaurée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the backup file to restore.</source>
        <translation>Choisissez le fichier de sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>Choose a folder for the restored vault.</source>
        <translation>Choisissez un dossier pour le coffre restauré.</translation>
    </message>
    <message>
        <source>Type the backup&apos;s passphrase.</source>
        <translation>Saisissez la phrase secrète de la sauvegarde.</translation>
    </message>
    <message>
        <source>Choose a passphrase for the restored vault.</source>
        <translation>Choisissez une phrase secrète pour le coffre restauré.</translation>
    </message>
    <message>
        <source>The two passphrases for the restored vault are not the same.</source>
        <translation>Les deux phrases secrètes du coffre restauré ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Vitae vault restored %1</source>
        <translation>Coffre Vitae restauré %1</translation>
    </message>
    <message>
        <source>Restore into a new folder, not the folder of the vault you have open.</source>
        <translation>Restaurez dans un nouveau dossier, pas dans celui du coffre ouvert.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n credential(s) from a backup made on %1 into a new vault in %2. Your open vault was not changed. To use the restored vault, start Vitae with --vault and that folder.</source>
        <translation>
            <numerusform>%n attestation restaurée depuis une sauvegarde du %1 dans un nouveau coffre, dans %2. Votre coffre ouvert n’a pas été modifié. Pour utiliser le coffre restauré, lancez Vitae avec --vault et ce dossier.</numerusform>
            <numerusform>%n attestations restaurées depuis une sauvegarde du %1 dans un nouveau coffre, dans %2. Votre coffre ouvert n’a pas été modifié. Pour utiliser le coffre restauré, lancez Vitae avec --vault et ce dossier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitae::gui::ShareViewModel</name>
    <message>
        <source>the whole credential</source>
        <translation>l’attestation entière</translation>
    </message>
    <message>
        <source>only what the issuer always shows</source>
        <translation>uniquement ce que l’émetteur montre toujours</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>A hosted badge is not signed, so it cannot be presented.</source>
        <translation>Un badge hébergé n’est pas signé ; il ne peut donc pas être présenté.</translation>
    </message>
    <message>
        <source>Choose what to show. Unticked claims stay private; what the issuer made always visible is shown.</source>
        <translation>Choisissez ce que vous montrez. Les déclarations non cochées restent privées ; ce que l’émetteur a rendu toujours visible est montré.</translation>
    </message>
    <message>
        <source>This credential is shared whole: its format does not let you hide parts of it.</source>
        <translation>Cette attestation est partagée entière : son format ne permet pas d’en masquer des parties.</translation>
    </message>
    <message>
        <source>a verifier (no domain given)</source>
        <translation>un vérificateur (sans domaine indiqué)</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>code QR</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <source>Choose at least one credential to share.</source>
        <translation>Choisissez au moins une attestation à partager.</translation>
    </message>
    <message>
        <source>Type the challenge the verifier gave you, so this presentation works only for them.</source>
        <translation>Saisissez le défi que le vérificateur vous a donné, pour que cette présentation ne serve qu’à lui.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <source>This presentation is too large for a QR code. Save it as a file and send that instead.</source>
        <translation>Cette présentation est trop volumineuse pour un code QR. Enregistrez-la dans un fichier et envoyez-le.</translation>
    </message>
    <message>
        <source>Choose a file on this device.</source>
        <translation>Choisissez un fichier de cet appareil.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>Saved to %1. It is in your share log.</source>
        <translation>Enregistrée dans %1. Elle figure dans votre journal de partage.</translation>
    </message>
    <message>
        <source>The link is copied: paste it into an e-mail or a chat. It is in your share log.</source>
        <translation>Le lien est copié : collez-le dans un e-mail ou une discussion. Il figure dans votre journal de partage.</translation>
    </message>
    <message>
        <source>a verifier&apos;s request</source>
        <translation>une demande d’un vérificateur</translation>
    </message>
</context>
<context>
    <name>vitae::gui::SkillsViewModel</name>
    <message>
        <source>In your and your issuers&apos; own words</source>
        <translation>Avec vos mots et ceux de vos émetteurs</translation>
    </message>
    <message>
        <source>Backed by a credential someone else issued</source>
        <translation>Appuyée par une attestation délivrée par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Only self-asserted so far</source>
        <translation>Seulement autodéclarée pour l’instant</translation>
    </message>
</context>
<context>
    <name>vitae::gui::VaultWorker</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 est illisible.</translation>
    </message>
    <message>
        <source>Unlock your vault first; the link waits for you.</source>
        <translation>Déverrouillez d’abord votre coffre ; le lien vous attend.</translation>
    </message>
    <message>
        <source>%1 asks for the transaction code it sent you</source>
        <translation>%1 demande le code de transaction qu’il vous a envoyé</translation>
    </message>
    <message numerus="yes">
        <source> (%n digits)</source>
        <translation>
            <numerusform> (%n chiffre)</numerusform>
            <numerusform> (%n chiffres)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n characters)</source>
        <translation>
            <numerusform> (%n caractère)</numerusform>
            <numerusform> (%n caractères)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitae::gui::VerifierViewModel</name>
    <message>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>Made for your challenge by the holder, and every credential checks out.</source>
        <translation>Faite pour votre défi par le titulaire, et chaque attestation est valide.</translation>
    </message>
    <message>
        <source>Verified, with warnings</source>
        <translation>Vérifiée, avec des avertissements</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Non vérifiée</translation>
    </message>
    <message>
        <source>Could not be checked</source>
        <translation>Impossible à vérifier</translation>
    </message>
    <message>
        <source>(unreadable credential)</source>
        <translation>(attestation illisible)</translation>
    </message>
    <message>
        <source>A presentation from a link is loaded. Type the challenge you gave the learner: it verifies only against the challenge it was made for.</source>
        <translation>Une présentation a été chargée depuis un lien. Saisissez le défi que vous avez donné à la personne : elle ne se vérifie qu’avec le défi pour lequel elle a été faite.</translation>
    </message>
    <message>
        <source>Choose a file on this device.</source>
        <translation>Choisissez un fichier de cet appareil.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 est illisible.</translation>
    </message>
    <message>
        <source>%1 is too large to be a presentation.</source>
        <translation>%1 est trop volumineux pour être une présentation.</translation>
    </message>
    <message>
        <source>This is not a presentation link.</source>
        <translation>Ce n’est pas un lien de présentation.</translation>
    </message>
    <message>
        <source>The presentation link cannot be read: %1</source>
        <translation>Le lien de présentation est illisible : %1</translation>
    </message>
    <message>
        <source>Paste the presentation, or open its file.</source>
        <translation>Collez la présentation ou ouvrez son fichier.</translation>
    </message>
    <message>
        <source>Type the challenge you gave the learner, or make a new one first.</source>
        <translation>Saisissez le défi que vous avez donné à la personne, ou créez-en d’abord un nouveau.</translation>
    </message>
</context>
</TS>
