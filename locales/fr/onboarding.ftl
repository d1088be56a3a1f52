## Recruitment: "become a partner", the e-mail confirmation, the vetting queue

apply-title = Devenir partenaire
apply-lead = Présentez-nous votre entreprise. Un responsable de canal examine chaque candidature, généralement sous deux jours ouvrés.
apply-choose = Choisir…
apply-section-company = Votre entreprise
apply-section-specialisations = Spécialisations
apply-section-contact = Contact principal
apply-field-legal-name = Raison sociale
apply-field-website = Site web
apply-field-website-hint = Par exemple www.exemple.fr
apply-field-country = Pays
apply-field-type = Type de partenaire
apply-field-revenue = Chiffre d'affaires annuel prévu avec nos produits
apply-field-tax-id = Numéro de TVA ou identifiant fiscal
apply-field-tax-id-hint = Facultatif ; lettres, chiffres, espaces, points, barres obliques et tirets.
apply-field-contact-name = Nom complet
apply-field-contact-email = E-mail professionnel
apply-field-contact-email-hint = Nous y envoyons un lien de confirmation ; votre candidature nous parvient dès que vous l'ouvrez.
apply-field-contact-phone = Téléphone
apply-field-message = Autre chose à nous signaler ?
apply-field-message-hint = Facultatif : vos clients, votre équipe, les raisons pour lesquelles vous souhaitez devenir partenaire.
apply-trap = Laissez ce champ vide
apply-privacy = Nous utilisons ces informations uniquement pour examiner votre candidature et vous contacter à son sujet.
apply-submit = Envoyer la candidature
apply-sent = Merci. Si les informations étaient complètes, nous avons envoyé un lien de confirmation à l'adresse e-mail indiquée.
apply-sent-more = Ouvrez le lien dans les 72 heures pour transmettre votre candidature à notre équipe partenaires. Rien reçu ? Vérifiez votre dossier de courrier indésirable ou déposez une nouvelle candidature.
apply-have-account = Déjà partenaire ?
apply-confirm-title = Confirmer votre adresse e-mail
apply-confirm-lead = Confirmez votre adresse e-mail pour transmettre votre candidature à notre équipe partenaires.
apply-confirm-submit = Confirmer et envoyer ma candidature
apply-confirmed = Votre adresse e-mail est confirmée et votre candidature a été transmise à notre équipe partenaires.
apply-confirmed-more = Nous vous écrirons une fois qu'elle aura été examinée, généralement sous deux jours ouvrés.

app-revenue-under-1m = Moins de 1 million
app-revenue-1m-10m = De 1 à 10 millions
app-revenue-10m-50m = De 10 à 50 millions
app-revenue-over-50m = Plus de 50 millions
app-spec-cloud = Cloud
app-spec-security = Sécurité
app-spec-networking = Réseaux
app-spec-data = Données et analytique
app-spec-collaboration = Collaboration
app-spec-devices = Appareils

app-status-unconfirmed = E-mail non confirmé
app-status-pending = En attente d'examen
app-status-approved = Approuvée
app-status-declined = Refusée

app-error-partner-type = Choisissez votre type de partenaire.
app-error-specialisation = Choisissez des spécialisations dans la liste.
app-error-revenue-band = Choisissez une tranche de chiffre d'affaires.
app-error-tax-id = Utilisez des lettres, chiffres, espaces, points, barres obliques et tirets (60 au maximum).
app-error-phone = Utilisez uniquement des chiffres, des espaces et + - ( ) . (60 au maximum).
app-error-message = Le message ne doit pas dépasser { $max } caractères.
app-error-too-many = Trop de candidatures depuis votre réseau. Réessayez dans { $minutes ->
    [one] une minute
   *[other] { $minutes } minutes
    }.
app-error-link = Ce lien n'est plus valide : il a déjà été utilisé ou il a expiré. Déposez une nouvelle candidature pour en recevoir un nouveau.
app-error-reason = Indiquez un motif au candidat (3 caractères au minimum).
app-error-reason-long = Le motif ne doit pas dépasser { $max } caractères.
app-error-manager = Choisissez le responsable de canal qui suivra le nouveau partenaire.
app-error-decided = Une décision a déjà été prise sur cette candidature ; rechargez la page pour la voir.
app-error-contact-taken = L'adresse e-mail du contact est déjà associée à un compte. Refusez la candidature ou demandez à la personne d'utiliser une autre adresse.

app-mail-confirm-subject = Confirmez votre candidature de partenaire
app-mail-confirm-body = Bonjour { $name },

    Merci d'avoir présenté la candidature de { $company } pour devenir partenaire.

    Confirmez votre adresse e-mail pour transmettre la candidature à notre équipe partenaires (le lien ne sert qu'une fois et expire dans { $hours } heures) :
    { $link }

    Si vous n'avez pas fait de candidature, vous pouvez ignorer cet e-mail : rien n'est transmis sans confirmation.
app-mail-declined-subject = Votre candidature de partenaire
app-mail-declined-body = Bonjour { $name },

    Merci de l'intérêt que vous portez à notre programme partenaires. Nous avons examiné la candidature de { $company } et ne pouvons pas l'accepter pour le moment.

    Le motif indiqué par notre équipe partenaires :
    { $reason }

    N'hésitez pas à présenter une nouvelle candidature si votre situation évolue.
app-notify-title = Nouvelle candidature de partenaire : { $company }
app-notify-body = { $company } a posé sa candidature au programme partenaires et confirmé son adresse e-mail. La candidature attend dans la file d'attente d'examen.

apps-title = Candidatures de partenaires
apps-lead = Les entreprises qui ont postulé sur la page « Devenir partenaire » et confirmé leur adresse e-mail. Aucune candidature n'est approuvée sans la décision d'une personne.
apps-tabs-label = Candidatures par statut
apps-empty-title = Rien ici
apps-empty-text = Aucune candidature dans cette liste.
apps-col-company = Entreprise
apps-col-type = Type
apps-col-revenue = Chiffre d'affaires prévu
apps-col-contact = Contact
apps-col-waiting = En attente depuis
apps-col-decided = Décidée
apps-link = Candidatures
app-page-title = Candidature de partenaire
app-doc-title = Candidature : { $company }
app-section-company = Entreprise
app-fact-applied = Déposée
app-fact-confirmed = E-mail confirmé
app-section-duplicates = Doublons possibles
app-no-duplicates = Aucun partenaire, aucune personne ni aucune autre candidature ne ressemble à celle-ci.
app-dup-same-domain = Même domaine de site web
app-dup-similar-name = Nom d'entreprise similaire
app-dup-known-person = Le contact a un compte
app-dup-other-application = Autre candidature
app-approve-title = Approuver
app-approve-lead = Crée l'entreprise partenaire au niveau d'entrée du programme, lui attribue son responsable de canal et invite le contact en tant qu'administrateur partenaire.
app-field-company-name = Nom de l'entreprise dans le portail
app-field-region = Région
app-field-manager = Responsable de canal
app-approve-submit = Approuver et inviter
app-decline-title = Refuser
app-field-reason = Motif
app-field-reason-hint = Envoyé tel quel au candidat par e-mail.
app-decline-submit = Refuser et envoyer le motif par e-mail
app-notice-declined = La candidature a été refusée et le motif envoyé par e-mail.
app-decision-title = Décision
app-fact-decision = Décision
app-fact-decided = Décidée
app-fact-company = Entreprise partenaire
app-open-company = Ouvrir l'entreprise
login-apply = Première visite ?
login-apply-link = Devenir partenaire

## Program terms

terms-blocked = Votre entreprise n'a pas encore accepté les conditions du programme partenaires (version { $version }). Un administrateur partenaire de votre entreprise les accepte depuis la page d'accueil ; d'ici là, seule la page d'accueil est accessible.
terms-card-title = Conditions du programme, version { $version }
terms-card-admin = Veuillez examiner et accepter « { $title } » au nom de votre entreprise. D'ici là, votre équipe ne peut utiliser que cette page.
terms-card-user = L'administrateur partenaire de votre entreprise doit accepter « { $title } » avant que votre équipe puisse utiliser le reste du portail.
terms-card-review = Examiner et accepter
terms-card-read = Lire les conditions
terms-page-title = Conditions du programme
terms-eyebrow = Conditions du programme · version { $version }
terms-published = Publiées le { $date }
terms-none-title = Pas encore de conditions du programme
terms-none-text = Le fournisseur n'a pas publié de conditions du programme.
terms-accept-lead = En acceptant, vous souscrivez à ces conditions au nom de toute votre entreprise. Votre nom, l'heure et votre adresse réseau sont enregistrés.
terms-accept-submit = Accepter la version { $version } pour mon entreprise
terms-accepted-by = Acceptées pour votre entreprise par { $name } le { $date }.
terms-accepted-notice = Merci : les conditions sont acceptées et l'ensemble du portail est ouvert à votre équipe.
terms-ask-admin = Seul un administrateur partenaire de votre entreprise peut accepter les conditions.
terms-error-newer = Une version plus récente ({ $version }) a été publiée pendant que cette page était ouverte. Lisez-la et acceptez-la.
terms-admin-title = Conditions du programme
terms-admin-lead = Chaque entreprise partenaire accepte la version en vigueur par l'intermédiaire de l'un de ses administrateurs partenaires avant d'utiliser le portail au-delà de sa page d'accueil. Chaque nouvelle version est de nouveau soumise à toutes les entreprises.
terms-admin-link = Conditions du programme
terms-versions-title = Versions
terms-col-version = Version
terms-col-published = Publiée le
terms-col-accepted = Entreprises ayant accepté
terms-acceptances-title = Acceptations de la version { $version }
terms-acceptances-none = Aucune entreprise n'a encore accepté cette version.
terms-col-company = Entreprise
terms-col-by = Acceptée par
terms-col-at = Date et heure (votre fuseau horaire)
terms-col-ip = Adresse réseau
terms-publish-title = Publier une nouvelle version
terms-publish-lead = La nouvelle version remplace immédiatement la version en vigueur : chaque entreprise partenaire doit l'accepter avant que ses collaborateurs puissent utiliser le portail au-delà de la page d'accueil.
terms-field-title = Titre
terms-field-body = Conditions (Markdown)
terms-field-body-hint = Titres (#), listes, gras, liens et tableaux. Le HTML est supprimé.
terms-publish-submit = Publier
terms-published-notice = La nouvelle version est publiée ; chaque entreprise partenaire est invitée à l'accepter.
terms-error-title = Donnez aux conditions un titre de 3 à { $max } caractères.
terms-error-body-short = Rédigez les conditions (20 caractères au minimum).
terms-error-body-long = Limitez les conditions à { $max } caractères.

## A new partner's first steps, and the ramp time

checklist-title = Premiers pas
checklist-progress = Étapes terminées : { $done } sur { $total }
checklist-terms = Accepter les conditions du programme
checklist-colleagues = Inviter vos collègues
checklist-first-deal = Enregistrer votre première opportunité
checklist-done = (terminé)
ramp-title = Délai de montée en puissance
ramp-lead = Nombre de jours entre l'approbation et la première opportunité enregistrée par le partenaire, en médiane par mois d'approbation.
ramp-col-month = Mois d'approbation
ramp-col-approved = Approuvés
ramp-col-registered = Ayant enregistré une opportunité
ramp-col-median = Délai médian avant la première opportunité
ramp-days = { $days ->
    [one] 1 jour
   *[other] { $days } jours
    }
ramp-none = Aucun partenaire n'a été approuvé au cours des 12 derniers mois.
apps-col-terms = Conditions
apps-col-people = Personnes
apps-col-first-deal = Première opportunité après
apps-terms-accepted = Acceptées
apps-terms-waiting = Pas encore
