
## Labels of stored values (string_enum!)
mdf-status-submitted = En attente d'approbation
mdf-status-returned = Renvoyée pour modification
mdf-status-declined = Refusée
mdf-status-cancelled = Annulée
mdf-status-approved = Approuvée
mdf-status-claimed = Remboursement en examen
mdf-status-changes-requested = Remboursement à corriger
mdf-status-claim-rejected = Remboursement refusé
mdf-status-claim-approved = Remboursement approuvé
mdf-status-reimbursed = Remboursée
mdf-status-expired = Délai de remboursement dépassé
activity-type-event = Événement
activity-type-webinar = Webinaire
activity-type-digital = Campagne numérique
activity-type-syndication = Syndication de contenu
activity-type-training = Formation
activity-type-other = Autre
entry-kind-allocation = Allocation
entry-kind-commitment = Demande approuvée
entry-kind-release = Engagement libéré
entry-kind-claim = Demande de remboursement approuvée
entry-kind-reimbursement = Remboursement
entry-kind-expiry = Expiration en fin de période

## What a request is called (in workflow messages: "This request is …")
mdf-noun = demande

## What happens next, in the partner's words
mdf-next-submitted = Votre responsable de canal examine la demande.
mdf-next-returned = Modifiez la demande et soumettez-la à nouveau.
mdf-next-declined = Refusée ; cette demande est close.
mdf-next-cancelled = Annulée ; plus rien à faire.
mdf-next-approved = Réalisez l'activité, puis déposez une demande de remboursement avec justificatifs avant la date limite.
mdf-next-claimed = Votre demande de remboursement est en cours d'examen.
mdf-next-changes-requested = Modifiez la demande de remboursement comme demandé et soumettez-la à nouveau.
mdf-next-claim-rejected = La demande de remboursement a été refusée ; les fonds ont été reversés à votre solde.
mdf-next-claim-approved = Approuvée pour paiement ; le service financier procède au versement.
mdf-next-reimbursed = Remboursement versé.
mdf-next-expired = Aucune demande de remboursement n'a été déposée à temps ; les fonds ont été reversés à votre solde.
mdf-claim-by = Remboursement à demander au plus tard le { $date }

## The ledger's refusals ($available: an amount)
mdf-ledger-zero = Le montant ne doit pas être nul.
mdf-ledger-short-allocation = Fonds insuffisants pour cette allocation (montant disponible : { $available }).
mdf-ledger-short-commitment = Fonds insuffisants pour cette demande approuvée (montant disponible : { $available }).
mdf-ledger-short-release = Fonds insuffisants pour cette libération d'engagement (montant disponible : { $available }).
mdf-ledger-short-claim = Fonds insuffisants pour cette demande de remboursement approuvée (montant disponible : { $available }).
mdf-ledger-short-reimbursement = Fonds insuffisants pour ce remboursement (montant disponible : { $available }).
mdf-ledger-short-expiry = Fonds insuffisants pour cette expiration en fin de période (montant disponible : { $available }).
mdf-ledger-funds-expired = Les fonds { $period } non utilisés ont expiré à la fin de la période.

## The request form's rules
mdf-activity-choose = Choisissez le type d'activité.
mdf-title-empty = Donnez un titre à l'activité.
mdf-title-long = Le titre doit faire moins de 150 caractères.
mdf-description-long = La description doit faire moins de 4 000 caractères.
mdf-starts-empty = Saisissez le premier jour de l'activité.
mdf-ends-empty = Saisissez le dernier jour de l'activité.
mdf-ends-before = L'activité ne peut pas se terminer avant d'avoir commencé.
mdf-too-long = Une activité peut durer au maximum un an.
mdf-ended-long-ago = Cette activité s'est terminée il y a plus d'un an.
mdf-too-far = Cette date est dans plus de deux ans.
mdf-whole-number = Saisissez un nombre entier ou laissez le champ vide.
mdf-amount-over-cost = Le montant demandé ne peut pas dépasser le coût total.
mdf-amount-over-share = Le programme rembourse jusqu'à { $percent } % du coût, soit { $max } au maximum pour cette activité.
mdf-amount-over-balance = Vous ne pouvez demander que { $available } de votre solde MDF.
mdf-amount-contribution = Votre contribution et le montant demandé dépassent ensemble le coût total.
mdf-no-funds = Aucun fonds MDF n'est encore alloué à votre entreprise pour cette période. Votre responsable de canal peut vous en allouer.
mdf-edit-not-returned = Seule une demande renvoyée pour modification peut être modifiée.
# $status: the request's status label
mdf-edit-status = Cette demande est « { $status } » ; seule une demande renvoyée pour modification peut être modifiée.
mdf-status-filter = Filtre de statut inconnu.

## Decisions, claims and payments
mdf-decision-unknown = Décision inconnue.
mdf-reason-return = Indiquez pourquoi la demande est renvoyée ; le partenaire verra ce motif.
mdf-reason-decline = Indiquez pourquoi la demande est refusée ; le partenaire verra ce motif.
mdf-reason-claim-changes = Indiquez ce qui doit être corrigé dans la demande de remboursement ; le partenaire verra ce motif.
mdf-reason-claim-reject = Indiquez pourquoi la demande de remboursement est refusée ; le partenaire verra ce motif.
mdf-approve-over-request = Approuvez au maximum le montant demandé.
mdf-approve-partial-reason = Indiquez pourquoi vous approuvez moins que le montant demandé ; le partenaire verra ce motif.
mdf-approve-over-available = Les fonds disponibles de ce partenaire se limitent à { $available } ; approuvez un montant inférieur ou renvoyez la demande.
mdf-leads-whole = Saisissez un nombre entier de leads.
mdf-claim-too-early = Les demandes de remboursement se déposent une fois l'activité réalisée ; son dernier jour est le { $date }.
mdf-claim-too-late = La date limite de remboursement de cette activité était le { $date } ; les demandes déposées après cette date ne sont pas acceptées. Les fonds approuvés sont reversés à votre solde.
mdf-claim-no-proof = Joignez d'abord un justificatif de réalisation : une facture, des photos, ou la liste des participants ou des leads.
mdf-claim-over-cap = Au maximum { $cap } : la demande approuvée, dans la limite de { $percent } % du coût réel.
mdf-payment-reference-empty = Saisissez la référence du paiement (numéro de virement ou d'avoir).
mdf-paid-on = Saisissez la date du paiement (elle ne peut pas être dans le futur).

## Proof of performance (uploads)
# $status: the request's status label
mdf-proof-closed = Cette demande est « { $status } » ; des justificatifs ne peuvent être ajoutés que tant que sa demande de remboursement est ouverte.
mdf-proof-deadline = La date limite de remboursement de cette activité était le { $date }.
mdf-proof-max = Une demande de remboursement contient au maximum { $max } fichiers ; supprimez-en un d'abord.
mdf-proof-submitted = Les fichiers d'une demande de remboursement soumise y restent attachés.
mdf-upload-multipart = Envoyez les fichiers au format multipart/form-data.
mdf-upload-unreadable = Le fichier envoyé n'a pas pu être lu.
mdf-upload-request-first = Indiquez à quelle demande le fichier appartient (request_id en premier).
mdf-upload-choose = Choisissez un fichier à envoyer.
mdf-upload-csv-multipart = Envoyez le CSV au format multipart/form-data.
mdf-upload-csv-utf8 = Le CSV n'est pas un texte UTF-8. Enregistrez-le au format « CSV UTF-8 ».
mdf-upload-csv-choose = Choisissez un fichier CSV.
mdf-download-which = Quel fichier ? Indiquez son ID.

## History notes the portal writes (amounts in the request's currency)
mdf-note-claimed = Remboursement demandé : { $claimed }, soit { $percent } % du coût réel de { $cost }.
mdf-note-released = { $released } sur les { $committed } engagés sont reversés au solde.
mdf-note-payment = Référence du paiement : { $reference }.
# $reason: what the vendor wrote
mdf-note-partial = Montant approuvé : { $approved } sur { $requested } demandés. { $reason }
mdf-note-cancelled = Annulée par le partenaire.
mdf-note-resubmitted = Modifiée et soumise à nouveau.
mdf-note-expired = Aucune demande de remboursement n'a été déposée avant la date limite ; les fonds ont été reversés au solde.
mdf-note-escalated = Délai de décision dépassé ; les administrateurs fournisseur ont été avertis.

## Notifications and e-mails ($status: the new status's label; $amount: an amount)
mdf-notify-title = { $status } : { $title }
mdf-notify-request-title = Demande de MDF : { $title }
mdf-notify-claim-title = Demande de remboursement MDF : { $title }
mdf-notify-asks = { $company } demande { $amount } ({ $activity }).
mdf-notify-body = { $status }
mdf-notify-body-amount = { $status } · { $amount }
# $note: what the vendor or the partner wrote
mdf-notify-body-note = { $status }
    { $note }
mdf-notify-body-amount-note = { $status } · { $amount }
    { $note }
# The status line, then the history note (the same message, with its values).
mdf-notify-claimed = { $status } · { $amount }
    { mdf-note-claimed }
mdf-notify-released = { $status } · { $amount }
    { mdf-note-released }
mdf-notify-payment = { $status } · { $amount }
    { mdf-note-payment }
mdf-notify-partial = { $status } · { $amount }
    { mdf-note-partial }
mdf-notify-resubmitted = { $status } · { $amount }
    { mdf-note-resubmitted }
mdf-notify-expired = { $status } · { $amount }
    { mdf-note-expired }
mdf-notify-cancelled = { $status }
    { mdf-note-cancelled }
mdf-notify-cancelled-amount = { $status } · { $amount }
    { mdf-note-cancelled }
mdf-overdue-request-title = Demande de MDF en retard : { $subject }
mdf-overdue-claim-title = Demande de remboursement MDF en retard : { $subject }
mdf-overdue-request-body = Cette demande de MDF attend depuis plus longtemps que le délai de décision du programme.
mdf-overdue-claim-body = Cette demande de remboursement MDF attend depuis plus longtemps que le délai de décision du programme.
mdf-allocated-title = MDF alloués : { $amount } pour { $period }
mdf-allocated-body = Votre entreprise dispose désormais de { $available } pour ses activités marketing.
mdf-allocated-body-upload = De nouveaux fonds marketing sont disponibles pour votre entreprise.

## Allocations: the form, the CSV and its lines
mdf-period-shape = Saisissez une période du type 2026-Q4 ou 2026.
mdf-period-give = Indiquez une période du type 2026-Q4.
mdf-currency-choose = Choisissez une devise dans la liste.
mdf-fund-currency = Les fonds { $period } de cette entreprise sont en { $currency } ; allouez dans cette devise.
mdf-fund-expired = Les fonds { $period } ont expiré ; allouez sur une période en cours.
# What a line of the allocation CSV is, in the plural (in the CSV's errors).
mdf-sheet-rows = allocations
mdf-csv-company-missing = L'entreprise est manquante.
mdf-csv-period = « { $period } » n'est pas une période du type 2026-Q4 ou 2026.
# $error: why the amount was refused
mdf-csv-amount = Montant : { $error }
mdf-csv-currency = « { $currency } » n'est pas une devise utilisée par le programme.
mdf-csv-no-company = Aucune entreprise partenaire ne s'appelle « { $company } ».
mdf-csv-ambiguous = « { $company } » correspond à plusieurs entreprises ; utilisez son ID.
mdf-csv-expired = Les fonds { $period } ont expiré.
mdf-csv-fund-currency = Les fonds { $period } de cette entreprise sont en { $currency }.
mdf-csv-reduction = Réduction supérieure aux { $available } disponibles.
mdf-csv-has-errors = Certaines lignes contiennent des erreurs ; rien n'a été appliqué. Corrigez le fichier et importez-le à nouveau.

## The program's rules
mdf-settings-claim-days = Le délai de remboursement doit être un nombre entier compris entre { $min } et { $max }.
mdf-settings-max-percent = Le pourcentage de remboursement doit être un nombre entier compris entre { $min } et { $max }.
mdf-settings-sla-hours = Le délai d'approbation doit être un nombre entier compris entre { $min } et { $max }.
mdf-settings-period = Choisissez trimestre ou année.

## Shared pieces of the pages
mdf-funds-link = Fonds marketing
mdf-request-funds = Demander des fonds
mdf-queues-link = Files d'attente
mdf-budgets-link = Budgets
mdf-balance-allocated = Alloué
mdf-balance-available = Disponible
mdf-balance-committed = Engagé
mdf-balance-claimed = Réclamé
mdf-balance-paid = Versé
mdf-col-activity = Activité
mdf-col-partner = Partenaire
mdf-col-region = Région
mdf-col-status = Statut
mdf-col-requested = Demandé
mdf-col-approved = Approuvé
mdf-col-claimed = Réclamé
mdf-col-to-pay = À verser
mdf-col-next-step = Prochaine étape
mdf-col-waiting-since = En attente depuis
mdf-col-clock = Délai

## The fund card
mdf-balance-title = Solde MDF
mdf-balance-none = Aucun fonds de développement marketing n'est encore alloué à votre entreprise pour cette période. Votre responsable de canal se charge de les allouer.
mdf-balance-period = Solde MDF · { $period }
mdf-balance-requestable = disponibles pour vos demandes
mdf-balance-bar = { $paid } versés, { $claimed } réclamés, { $committed } engagés, { $available } disponibles sur { $allocated } alloués
mdf-balance-pending = Dans des demandes en attente d'approbation
mdf-balance-expired = Expiré
mdf-balance-expires = Les fonds non utilisés expirent à la fin de { $period } (le { $date }).
mdf-balance-claims-due = { $count ->
    [one] { $count } demande de remboursement à déposer dans les 14 jours.
   *[other] { $count } demandes de remboursement à déposer dans les 14 jours.
}
mdf-balance-file-them = Les déposer

## The request list
mdf-list-title = Fonds marketing
mdf-list-lead-partner = Demandez des fonds pour vos activités marketing, faites-les rembourser sur justificatifs et suivez où en est chaque montant.
mdf-list-lead-staff = Demandes de MDF et demandes de remboursement des entreprises partenaires que vous gérez.
mdf-filter-label = Filtrer par statut
mdf-filter-open = En cours
mdf-filter-submitted = En attente d'approbation
mdf-filter-approved = Remboursement à demander
mdf-filter-claimed = Remboursements en examen
mdf-filter-reimbursed = Remboursées
mdf-filter-all = Toutes
mdf-list-empty-title = Rien ici
mdf-list-empty-partner = Aucune demande avec ce statut. Demandez des fonds pour votre prochain événement, webinaire ou campagne.
mdf-list-empty-staff = Aucune demande avec ce statut.

## The request form
mdf-new-page-title = Demander des fonds
mdf-edit-page-title = Modifier la demande
mdf-new-heading = Demander des fonds marketing
mdf-edit-heading = Modifier la demande
mdf-new-lead = Votre entreprise et votre nom sont ajoutés automatiquement. Les champs marqués d'un * sont obligatoires.
mdf-edit-lead = Modifiez les points soulevés par votre responsable de canal ; la demande est soumise à nouveau dès que vous enregistrez.
mdf-manager-asked = Votre responsable de canal a demandé :
mdf-form-activity = Activité
mdf-form-kind = Type d'activité *
mdf-form-title = Titre *
mdf-form-title-hint = Par exemple « Petit-déjeuner sécurité cloud, Lyon ».
mdf-form-first-day = Premier jour *
mdf-form-last-day = Dernier jour *
mdf-form-description = Ce que vous allez faire
mdf-form-description-hint = Public visé, canaux, produits du fournisseur mis en avant.
mdf-form-money = Montants ({ $currency })
mdf-form-total-cost = Coût total *
mdf-form-requested = Montant demandé *
mdf-form-contribution = Votre contribution
mdf-form-optional = Facultatif
mdf-form-expected = Résultats attendus
mdf-form-leads = Leads
mdf-form-pipeline = Pipeline
mdf-form-pipeline-hint = Facultatif, dans la même devise
mdf-form-sending = Envoi…
mdf-form-resubmit = Enregistrer et soumettre à nouveau
mdf-form-submit = Envoyer la demande
mdf-form-cancel = Annuler
mdf-form-next-title = Et ensuite ?
mdf-form-next-approve = Votre responsable de canal approuve la demande (en totalité ou en partie) et le montant vous est réservé.
mdf-form-next-claim = Après l'activité, déposez une demande de remboursement avec justificatifs (factures, photos, listes de leads) dans les { $days } jours suivant son dernier jour.
mdf-live-ok = Conforme aux règles. Il vous resterait { $left } de solde à demander.
mdf-live-up-to = Vous pouvez demander jusqu'à { $max } pour cette activité.
mdf-live-rules = Le programme rembourse jusqu'à { $percent } % du coût ; disponible pour vos demandes : { $available }.

## A request
mdf-request-page-title = Demande de MDF
mdf-request-doc-title = { $title } · MDF #{ $id }
mdf-request-subtitle = { $activity } · { $start } – { $end } · demandée par { $owner } ({ $company })
mdf-change-resubmit = Modifier et soumettre à nouveau
mdf-notice-sent-in = Demande envoyée en { $duration }. Votre responsable de canal a été averti.
mdf-notice-sent = Demande envoyée. Votre responsable de canal a été averti.
mdf-notice-claimed = Demande de remboursement déposée. L'équipe du fournisseur va l'examiner.
mdf-notice-uploaded = Fichiers ajoutés à la demande de remboursement : { $count }.
mdf-claim-due = Demande de remboursement à déposer au plus tard le { $date } ({ $days ->
    [one] encore { $days } jour
   *[other] encore { $days } jours
})
mdf-claim-deadline-passed = La date limite de remboursement ({ $date }) est dépassée.
mdf-vendor-note = Note du fournisseur :
mdf-claim-reason = Sur la demande de remboursement :
mdf-section-request = Demande
mdf-fact-total-cost = Coût total
mdf-fact-requested = Demandé
mdf-fact-contribution = Contribution du partenaire
mdf-fact-reimbursed-up-to = Remboursé jusqu'à
mdf-fact-share = { $percent } % du coût
mdf-fact-expected = Attendu
mdf-expected-leads = { $leads ->
    [one] { $leads } lead
   *[other] { $leads } leads
}
mdf-expected-leads-pipeline = { $leads ->
    [one] { $leads } lead · { $pipeline } de pipeline
   *[other] { $leads } leads · { $pipeline } de pipeline
}
mdf-fact-funds = Fonds
mdf-fact-submitted = Date de soumission
mdf-fact-time-to-request = Durée de saisie
mdf-fact-approved = Approuvé
mdf-fact-plan = Plan d'action
mdf-section-claim = Demande de remboursement
mdf-fact-filed = Date de dépôt
mdf-fact-actual-cost = Coût réel
mdf-fact-claimed = Réclamé
mdf-fact-leads = Leads
mdf-fact-approved-for-payment = Approuvé pour paiement
mdf-fact-paid = Versé
mdf-paid-ref = { $date } · réf. { $reference }
mdf-section-deals = Opportunités issues de cette activité
mdf-section-history = Historique
# Who acted, when the portal did (a job)
mdf-history-portal = Portail
mdf-event-requested = Demandée
mdf-event-proof-added = Justificatif ajouté
mdf-event-proof-removed = Justificatif supprimé
mdf-event-escalated = Escaladée aux administrateurs fournisseur
mdf-event-claim-filed = Demande de remboursement déposée
mdf-fund-mini-title = { $company } : fonds
mdf-proof-title = Justificatifs de réalisation
mdf-proof-none = Aucun fichier pour l'instant. Joignez des factures, des photos, ou la liste des participants ou des leads.
mdf-proof-remove = Supprimer
mdf-proof-remove-label = Supprimer { $name }
mdf-proof-add = Ajouter des fichiers
mdf-proof-hint = PDF, PNG, JPEG, CSV ou XLSX, 10 Mo maximum par fichier ; 3 fichiers maximum par envoi.
mdf-proof-upload = Envoyer
# A file's size ($size: a number)
mdf-size-mb = { $size } Mo
mdf-size-kb = { $size } Ko
mdf-decision-title = Décision
mdf-decision-available = Disponible dans les fonds de ce partenaire : { $amount }
mdf-decision-amount = Montant à approuver
mdf-decision-amount-hint = Réduisez-le pour une approbation partielle (en indiquant pourquoi ci-dessous).
mdf-decision-reason = Commentaire ou motif
mdf-decision-approve = Approuver
mdf-decision-return = Renvoyer pour modification
mdf-decision-decline = Refuser
mdf-claim-title = Déposer la demande de remboursement
mdf-claim-terms = Approuvé : { $approved }. Remboursement : jusqu'à { $percent } % du coût réel.
mdf-claim-actual-cost = Coût réel *
mdf-claim-leads = Leads générés
mdf-claim-deals = Opportunités générées par cette activité
mdf-claim-notes = Remarques
mdf-claim-submit = Envoyer la demande de remboursement
mdf-claim-submit-again = Renvoyer la demande de remboursement
mdf-review-title = Examiner la demande de remboursement
mdf-review-cap = Au maximum { $cap } : la demande approuvée, dans la limite de { $percent } % du coût réel.
mdf-review-amount = Montant à verser
mdf-review-approve = Approuver le remboursement
mdf-review-changes = Demander des modifications
mdf-review-reject = Refuser
mdf-pay-title = Enregistrer le paiement
mdf-pay-reference = Référence du paiement *
mdf-pay-paid-on = Date de paiement
mdf-pay-submit = Confirmer le paiement de { $amount }
mdf-cancel-activity = Annuler l'activité (les fonds sont reversés)
mdf-cancel-request = Annuler cette demande

## The vendor's queues
mdf-queue-title = Files d'attente MDF
mdf-queue-lead = Demandes à approuver, demandes de remboursement à examiner et paiements à enregistrer, les plus anciens en premier.
mdf-queue-requests = Demandes en attente d'approbation
mdf-queue-claims = Demandes de remboursement à examiner
mdf-queue-payments = Remboursements approuvés à verser
mdf-queue-requests-empty = Aucune demande en attente.
mdf-queue-claims-empty = Aucune demande de remboursement en attente.
mdf-queue-payments-empty = Aucun paiement en attente.

## Budgets and return on MDF
mdf-budgets-title = Budgets MDF
mdf-budgets-lead = Fonds alloués, engagés, réclamés, versés et disponibles par période, région et partenaire, et ce que les activités ont rapporté.
mdf-budgets-allocated = Fonds alloués. Les administrateurs du partenaire ont été avertis.
mdf-budgets-applied = Allocations appliquées depuis le fichier : { $count }.
mdf-budgets-saved = Règles MDF enregistrées.
mdf-budgets-period = Période
mdf-budgets-empty-title = Aucun fonds sur cette période
mdf-budgets-empty = Rien n'est encore alloué pour { $period }.
mdf-budgets-by-region = Par région · { $period }
mdf-budgets-by-partner = Par partenaire · { $period }
mdf-budgets-by-region-label = Fonds par région
mdf-budgets-by-partner-label = Fonds par partenaire
mdf-budgets-expired = { $amount } expirés
mdf-roi-title = Retour sur MDF
mdf-roi-empty = Aucune demande de remboursement approuvée sur cette période pour l'instant. Le ROI apparaît dès que des demandes de remboursement sont approuvées et liées à des opportunités.
mdf-roi-lead = Remboursements approuvés comparés aux opportunités que les partenaires y ont liées (même devise uniquement). Pipeline : enregistrements ouverts, à leur montant estimé ; gagné : montants finaux.
mdf-roi-by-activity = Par activité
mdf-roi-by-partner = Par partenaire
mdf-roi-by-activity-label = Retour sur MDF par activité
mdf-roi-by-partner-label = Retour sur MDF par partenaire
mdf-roi-activities = Activités
mdf-roi-spent = MDF dépensés
mdf-roi-leads = Leads
mdf-roi-deals = Opportunités
mdf-roi-pipeline = Pipeline
mdf-roi-won = Gagné
mdf-roi-pipeline-per = Pipeline / MDF
mdf-roi-won-per = Gagné / MDF
# What linked deals brought per unit of MDF spent ($ratio: a number)
mdf-roi-ratio = { $ratio }×

## The budget console (vendor admins)
mdf-admin-allocate-title = Allouer des fonds
mdf-admin-company = Entreprise partenaire
mdf-admin-period = Période *
mdf-admin-period-hint = 2026-Q4 ou 2026
mdf-admin-amount = Montant *
mdf-admin-amount-hint = Négatif pour réduire
mdf-admin-currency = Devise
mdf-admin-note = Note
mdf-admin-allocate = Allouer
mdf-admin-upload-title = Importer des allocations (CSV)
mdf-admin-upload-lead = Colonnes : entreprise (nom ou ID), période, montant, devise, note. Vous voyez d'abord un aperçu ; rien n'est appliqué tant que toutes les lignes ne sont pas valides.
mdf-admin-csv-file = Fichier CSV
mdf-admin-upload = Importer et prévisualiser
mdf-admin-paste = …ou collez les lignes
mdf-admin-preview = Aperçu
mdf-admin-rules-title = Règles MDF
mdf-admin-period-kind = Les fonds sont alloués par
mdf-admin-quarter = Trimestre
mdf-admin-year = Année
mdf-admin-claim-days = Délai de remboursement (jours après l'activité)
mdf-admin-max-percent = Remboursement maximal (%)
mdf-admin-max-percent-hint = 100, ou par ex. 50 pour un co-marketing
mdf-admin-sla-hours = Délai de décision (heures)
mdf-admin-expire-funds = Les fonds non utilisés expirent à la fin de leur période
mdf-admin-save-rules = Enregistrer les règles
mdf-preview-title = Aperçu : { $file }
mdf-preview-title-pasted = Aperçu : lignes collées
mdf-preview-applied = Cet import a été appliqué.
mdf-preview-valid = { $count ->
    [one] La ligne est valide : { $total }.
   *[other] Les { $count } lignes sont valides : { $total }.
}
mdf-preview-apply = { $count ->
    [one] Appliquer { $count } allocation
   *[other] Appliquer { $count } allocations
}
mdf-preview-errors = { $bad ->
    [one] { $bad } ligne sur { $count } contient des erreurs. Rien n'a été appliqué : corrigez le fichier et importez-le à nouveau.
   *[other] { $bad } lignes sur { $count } contiennent des erreurs. Rien n'a été appliqué : corrigez le fichier et importez-le à nouveau.
}
mdf-preview-lines = Lignes importées
mdf-preview-col-line = Ligne
mdf-preview-col-company = Entreprise
mdf-preview-col-period = Période
mdf-preview-col-amount = Montant
mdf-preview-col-problems = Problèmes
mdf-preview-ok = OK
