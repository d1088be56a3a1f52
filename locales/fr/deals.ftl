
## Labels of stored values (string_enum!)
deal-status-draft = Renvoyée pour modification
deal-status-submitted = En attente d'approbation
deal-status-approved = Approuvée
deal-status-rejected = Refusée
deal-status-won = Gagnée
deal-status-lost = Perdue
deal-status-expired = Expirée
deal-status-withdrawn = Retirée
deal-type-new = Nouvelle affaire
deal-type-upsell = Vente additionnelle
deal-type-renewal = Renouvellement
stage-qualify = Qualification
stage-discovery = Découverte
stage-proposal = Proposition
stage-negotiation = Négociation
stage-commit = Engagement
rule-action-auto-approve = Approuver automatiquement
rule-action-route-manager = Envoyer au responsable de canal du partenaire
rule-action-route-admin = Envoyer aux administrateurs fournisseur
conflict-condition-any = Avec ou sans conflit
conflict-condition-none = Uniquement sans conflit
conflict-condition-conflict = Uniquement en cas de conflit

## Statuses inside a sentence ("This deal is { $status }")
deal-state-draft = renvoyée pour modification
deal-state-submitted = en attente d'approbation
deal-state-approved = approuvée
deal-state-rejected = refusée
deal-state-won = gagnée
deal-state-lost = perdue
deal-state-expired = expirée
deal-state-withdrawn = retirée

## What people call a registration (status changes: workflow-not-allowed, workflow-stale)
deal-noun = opportunité

## Why two registrations look like one customer
deal-match-same-domain = même domaine
deal-match-similar-name = nom d'entreprise similaire

## Who did something
deal-actor-system = { app-name }
deal-actor-vendor-team = Équipe fournisseur

## Shared labels
deal-label-customer = Client
deal-label-partner = Partenaire
deal-label-status = Statut
deal-label-stage = Étape
deal-label-value = Montant
deal-label-products = Produits
deal-label-submitted = Date de soumission
deal-label-expected-close = Clôture prévue
deal-label-deal-type = Type d'opportunité
deal-label-contact = Contact
deal-label-country = Pays
deal-label-registration-time = Durée d'enregistrement
deal-form-from-lead = Prérempli à partir du lead n° { $id }. Vérifiez les informations, puis enregistrez.
deal-label-source = Origine
deal-from-lead = Lead du fournisseur n° { $id }
deal-error-lead-gone = Ce lead ne peut plus être enregistré : il a été converti, clôturé ou proposé à un autre partenaire.
deal-label-won-value = Montant gagné
deal-label-lost-because = Motif de la perte
deal-label-decided-by = Décision prise par
deal-label-notes = Remarques
deal-conflict-badge = Conflit
deal-exclusive-until = Exclusivité jusqu'au { $date }
deal-open = Ouvrir l'opportunité #{ $id }

## The deal list
deal-list-title = Opportunités
deal-list-title-staff = Opportunités
deal-list-title-partner = Mes opportunités
deal-list-lead-staff = Enregistrements des entreprises partenaires de votre périmètre.
deal-list-lead-partner = Les enregistrements d'opportunités de votre entreprise.
deal-list-register = Enregistrer une opportunité
deal-list-search = Nom du client
deal-list-any-status = Tous les statuts
deal-list-any-stage = Toutes les étapes
deal-list-expiring = Expire dans les 30 jours
deal-list-filter = Filtrer
deal-list-empty = Aucune opportunité ici
deal-list-empty-staff = Aucun résultat ne correspond à ces filtres.
deal-list-empty-partner = Enregistrez votre première opportunité : cela prend environ une minute.
deal-list-close = Clôture
deal-list-updated = Mise à jour

## The registration form
deal-new-title = Enregistrer une opportunité
deal-new-lead = Votre entreprise et votre nom sont ajoutés automatiquement. Les champs marqués d'un * sont obligatoires.
deal-edit-title = Modifier l'enregistrement
deal-edit-lead = Modifiez les points soulevés par l'équipe du fournisseur ; un enregistrement renvoyé est de nouveau soumis lorsque vous enregistrez vos modifications.
deal-form-customer = Client
deal-form-customer-name = Entreprise cliente *
deal-form-customer-domain = Site web du client *
deal-form-customer-domain-hint = Par exemple acme.fr : il permet d'identifier le client.
deal-form-contact-name = Nom du contact *
deal-form-contact-email = E-mail du contact *
deal-form-contact-phone = Téléphone du contact
deal-form-country = Pays du client
deal-form-products = Produits *
deal-form-deal = Opportunité
deal-form-value = Montant estimé *
deal-form-value-hint = Avant remises, par ex. 25000
deal-form-currency = Devise
deal-form-close-date = Clôture prévue *
deal-form-notes-hint = Tout ce que l'approbateur doit savoir : concurrence, calendrier, projet du client.
deal-form-submit = Enregistrer l'opportunité
deal-form-resubmit = Enregistrer et soumettre à nouveau
deal-form-save = Enregistrer les modifications
deal-form-saving = Enregistrement…
deal-form-cancel = Annuler
deal-check-title = Vérification des conflits
deal-check-idle = Pendant que vous saisissez le nom et le site web du client, nous recherchons les enregistrements existants.
deal-check-clear = Aucun enregistrement actif trouvé pour ce client.
deal-hint-own = Vous avez déjà enregistré ce client ({ $reason }).
deal-hint-possible = Conflit possible :
deal-hint-other = un autre partenaire a un enregistrement actif pour ce client ({ $reason }). Vous pouvez tout de même l'enregistrer ; l'équipe du fournisseur examinera les deux.
deal-next-title = Et ensuite ?
deal-next-median = Votre responsable de canal prend la décision ; ce trimestre, le délai de décision médian est de { $duration }. Vous recevez une notification dans le portail et par e-mail.
deal-next-default = Votre responsable de canal décide dans le délai d'approbation prévu par le programme. Vous recevez une notification dans le portail et par e-mail.
deal-next-exclusive = Les enregistrements approuvés vous sont réservés en exclusivité pendant la période de protection du programme.

## One deal
deal-page-title = Opportunité
deal-view-title = { $customer } · opportunité #{ $id }
deal-crumb-deals = Opportunités
deal-view-byline = { $domain } · enregistrée par { $owner } ({ $company })
deal-notice-registered-approved = Enregistrée et approuvée.
deal-notice-registered-in = Enregistrée en { $duration }. L'équipe du fournisseur a été avertie.
deal-notice-registered = Enregistrée. L'équipe du fournisseur a été avertie.
deal-notice-saved = Modifications enregistrées.
deal-edit = Modifier
deal-edit-resubmit = Modifier et soumettre à nouveau
deal-second-partner = Second partenaire
deal-exclusive-until-left = Exclusivité jusqu'au { $date } ({ $days ->
    [one] encore { $days } jour
   *[other] encore { $days } jours
})
deal-conflict-alert = Un autre partenaire a un enregistrement actif pour ce client ({ $reasons }). L'équipe du fournisseur examine les deux.
deal-vendor-note = Note du fournisseur :
deal-registration = Enregistrement
deal-history = Historique
deal-nothing-to-do = Cette opportunité est { $status } ; il n'y a plus rien à faire ici.

## History
deal-event-submitted = Enregistrée
deal-event-progress = Étape mise à jour
deal-event-edited = Modifiée
deal-event-resubmitted = Soumise à nouveau
deal-event-reminder = Rappel envoyé
deal-event-escalated = Escaladée aux administrateurs fournisseur
deal-event-extension-requested = Prolongation demandée
deal-event-extension-granted = Prolongation accordée
deal-event-extension-refused = Prolongation refusée
deal-event-info-requested = Informations complémentaires demandées
deal-field-customer-name = nom du client
deal-field-customer-domain = domaine du client
deal-field-contact-name = nom du contact
deal-field-contact-email = e-mail du contact
deal-field-contact-phone = téléphone du contact
deal-field-country = pays
deal-field-value = montant
deal-field-close-date = date de clôture
deal-field-deal-type = type d'opportunité
deal-field-notes = remarques
deal-field-products = produits
deal-field-exclusive-until = exclusivité jusqu'au
deal-field-final-value = montant final
deal-field-stage = étape
deal-field-probability = probabilité
deal-note-registered-in = Enregistrée en { $duration }.
deal-note-auto-approved = Approuvée automatiquement par une règle d'approbation.
deal-note-approved = Approuvée. Exclusivité jusqu'au { $date }.
deal-note-approved-reason = Approuvée. Exclusivité jusqu'au { $date }. { $reason }
deal-note-resubmitted = Modifiée et soumise à nouveau.
deal-note-expired = La période d'exclusivité a pris fin.
deal-note-escalated = Délai d'approbation (SLA) dépassé ; escaladée aux administrateurs fournisseur.

## Conflicting registrations, side by side (vendor staff)
deal-compare-title = Enregistrements en conflit
deal-compare-this = Cette opportunité #{ $id }
deal-compare-other = Opportunité #{ $id }
deal-compare-match = Correspondance
deal-compare-resolve = Résolvez le conflit en approuvant l'un et en refusant l'autre, ou approuvez les deux avec « Approuver comme second partenaire » (distribution à deux niveaux, via un distributeur).

## Actions on a deal
deal-decision = Décision
deal-decision-reason = Motif ou note pour le partenaire
deal-decision-approve = Approuver
deal-decision-info = Demander des informations
deal-decision-reject = Refuser
deal-decision-approve-second = Approuver comme second partenaire
deal-pipeline = Pipeline
deal-probability-field = Probabilité (%)
deal-update-stage = Mettre à jour l'étape
deal-close-title = Clôturer l'opportunité
deal-final-value = Montant final
deal-mark-won = Marquer comme gagnée
deal-lost-reason = Pourquoi a-t-elle été perdue ?
deal-mark-lost = Marquer comme perdue
deal-extension-requested-note = Prolongation demandée : { $reason }
deal-extension-granted-note = Prolongation accordée.
deal-extension-refused-note = Prolongation refusée.
deal-extension-request = Demande de prolongation
deal-extension-note = Note pour le partenaire
deal-extension-grant = Accorder la prolongation
deal-extension-refuse = Refuser
deal-extension-ask-title = Besoin de plus de temps ?
deal-extension-ask-text = Vous pouvez demander une seule fois la prolongation de l'exclusivité de cet enregistrement.
deal-extension-reason = Pourquoi l'opportunité a-t-elle besoin de plus de temps ?
deal-extension-submit = Demander une prolongation
deal-withdraw = Retirer cet enregistrement

## The approval queue
deal-queue-title = Approbations
deal-queue-lead = Enregistrements en attente dans votre périmètre, les plus urgents en premier.
deal-queue-empty = Rien en attente
deal-queue-empty-text = Chaque enregistrement de votre périmètre a reçu une décision.
deal-queue-waiting = En attente depuis
deal-queue-sla = SLA
deal-queue-extension = demande de prolongation
deal-queue-escalated = Escaladée

## Analytics
deal-analytics-title = Analyse des opportunités
deal-analytics-lead = Durée d'enregistrement par rapport à la référence de 90 secondes, délai d'approbation et conflits, pour les partenaires de votre périmètre.
deal-analytics-period = Période
deal-analytics-days = { $days } jours
deal-analytics-months = { $months } mois
deal-analytics-summary = Sur les { $days } derniers jours : { $registrations ->
    [one] { $registrations } enregistrement
   *[other] { $registrations } enregistrements
}, dont { $timed } avec une durée mesurée et { $decisions } décidés par une personne.
deal-analytics-registration-median = Durée d'enregistrement médiane
deal-analytics-p90 = p90 { $duration }
deal-analytics-target = objectif 90 s
deal-analytics-under-90 = Enregistrées en moins de 90 s
deal-analytics-approval-median = Délai d'approbation médian
deal-analytics-conflict-rate = Taux de conflit
deal-analytics-conflicts = { $count ->
    [one] { $count } enregistrement en conflit
   *[other] { $count } enregistrements en conflit
}
deal-analytics-by-partner = Durée d'enregistrement par partenaire
deal-analytics-empty = Aucun enregistrement pour l'instant
deal-analytics-empty-text = Les chiffres apparaîtront avec les premiers enregistrements de la période.
deal-analytics-registrations = Enregistrements
deal-analytics-median = Médiane
deal-analytics-p90-column = p90
deal-analytics-against = Par rapport à 90 s
deal-analytics-within = Dans l'objectif
deal-analytics-slower = Plus lent
deal-analytics-not-timed = Non mesuré

## The deal program (vendor admins)
deal-admin-title = Programme d'opportunités
deal-admin-lead = L'exclusivité, le délai d'approbation (SLA), les règles d'approbation et les produits que les partenaires enregistrent.
deal-admin-any-company = Toutes les entreprises
deal-admin-any-product = Tous les produits
deal-admin-any-region = Toutes les régions
deal-admin-rules = Règles d'approbation
deal-admin-rules-intro = La première règle applicable (dans l'ordre) décide. Si aucune ne s'applique, le responsable de canal de l'entreprise décide, ou n'importe quel administrateur fournisseur si aucun responsable n'est attribué. Un enregistrement en conflit n'est jamais approuvé automatiquement.
deal-admin-rules-empty = Aucune règle pour l'instant
deal-admin-rules-empty-text = Chaque enregistrement est envoyé au responsable de canal de l'entreprise.
deal-admin-order = Ordre
deal-admin-order-hint = Le plus petit s'applique en premier.
deal-admin-rule = Règle
deal-admin-when = Si
deal-admin-then = Alors
deal-admin-actions = Actions
deal-rule-when-min = montant ≥ { $value }
deal-rule-when-max = montant < { $value }
deal-rule-when-any = avec ou sans conflit
deal-rule-when-none = uniquement sans conflit
deal-rule-when-conflict = uniquement en cas de conflit
deal-admin-paused = En pause
deal-admin-delete = Supprimer
deal-admin-delete-rule = Supprimer la règle { $name }
deal-admin-add-rule-title = Ajouter une règle
deal-admin-rule-name = Nom
deal-admin-company = Entreprise
deal-admin-region = Région
deal-admin-product = Produit
deal-admin-value-from = Montant à partir de
deal-admin-value-below = Montant inférieur à
deal-admin-conflict = Conflit
deal-admin-active = Active
deal-admin-add-rule = Ajouter la règle
deal-admin-settings = Paramètres du programme
deal-admin-settings-saved = Paramètres enregistrés.
deal-admin-exclusivity = Exclusivité (jours)
deal-admin-exclusivity-hint = Accordée à l'approbation ; généralement entre 30 et 120.
deal-admin-sla = Délai d'approbation (SLA, en heures)
deal-admin-sla-hint = Escalade aux administrateurs fournisseur une fois dépassé.
deal-admin-extension = Prolongation (jours)
deal-admin-reminders = Rappels (jours avant expiration)
deal-admin-reminders-hint = Par exemple 14, 3
deal-admin-save-settings = Enregistrer les paramètres
deal-admin-product-registrations = { $sku } · { $count ->
    [one] { $count } enregistrement
   *[other] { $count } enregistrements
}
deal-admin-retire = Retirer
deal-admin-retire-named = Retirer { $name }
deal-admin-offer-again = Proposer à nouveau
deal-admin-offer-again-named = Proposer à nouveau { $name }
deal-admin-sku = Référence (SKU)
deal-admin-product-name = Nom du produit
deal-admin-add-product = Ajouter le produit

## Errors and field rules
deal-error-not-editable = Cette opportunité est { $status } ; seuls les enregistrements en attente ou renvoyés peuvent être modifiés.
deal-error-stage-closed = Cette opportunité est { $status } ; son étape ne peut plus changer.
deal-error-probability-whole = La probabilité est un pourcentage entier compris entre 0 et 100.
deal-error-probability = La probabilité est un pourcentage compris entre 0 et 100.
deal-error-stage = Choisissez une étape dans la liste.
deal-error-outcome = Choisissez gagnée ou perdue.
deal-error-decision = Décision inconnue.
deal-error-duplicate = Votre entreprise a déjà enregistré ce client (opportunité #{ $id }).
deal-error-duplicate-field = Correspond à votre opportunité #{ $id } ({ $reason }).
deal-error-rival-approved = L'opportunité #{ $id } d'un autre partenaire est déjà approuvée pour ce client. Refusez cet enregistrement ou approuvez-le comme second partenaire.
deal-error-reason-long = Le motif doit faire moins de 1 000 caractères.
deal-error-reject-reason = Indiquez pourquoi l'enregistrement est refusé ; le partenaire verra ce motif.
deal-error-info-reason = Indiquez quelles informations manquent ; le partenaire verra ce message.
deal-error-lost-reason = Indiquez en quelques mots pourquoi l'opportunité a été perdue (500 caractères maximum).
deal-error-extension-reason = Indiquez en une phrase pourquoi l'opportunité a besoin de plus de temps (1 000 caractères maximum).
deal-error-extension-once = Une prolongation ne peut être demandée qu'une seule fois, tant qu'un enregistrement approuvé est encore exclusif.
deal-error-extension-refuse-reason = Indiquez pourquoi la prolongation est refusée ; le partenaire verra ce motif.
deal-error-extension-none = Aucune demande de prolongation n'est ouverte pour cette opportunité.
deal-error-domain-empty = Saisissez le site web du client, par exemple acme.fr.
deal-error-domain-shape = Saisissez un site web du type acme.fr.
deal-error-phone = Saisissez un numéro de téléphone composé uniquement de chiffres, d'espaces et des caractères + - ( ).
deal-error-currency = Choisissez une devise dans la liste.
deal-error-close-empty = Saisissez la date de clôture prévue.
deal-error-close-shape = Saisissez une date valide, par exemple 31/03/2027.
deal-error-close-past = La date de clôture prévue ne peut pas être dans le passé.
deal-error-close-far = Les enregistrements couvrent les opportunités dont la clôture est prévue dans les trois ans.
deal-error-type = Choisissez nouvelle affaire, vente additionnelle ou renouvellement.
deal-error-notes-long = Les remarques sont limitées à { $max } caractères ; veuillez les raccourcir.
deal-error-products-none = Choisissez au moins un produit.
deal-error-products-many = Choisissez au maximum { $max } produits.
deal-error-products-unknown = Choisissez les produits dans la liste.
deal-error-exclusivity-range = L'exclusivité est un nombre entier compris entre { $min } et { $max }.
deal-error-sla-range = Le délai d'approbation (SLA) est un nombre entier compris entre { $min } et { $max }.
deal-error-extension-range = La prolongation est un nombre entier compris entre { $min } et { $max }.
deal-error-order-range = L'ordre est un nombre entier compris entre { $min } et { $max }.
deal-error-reminder-days = Indiquez les jours avant expiration, par exemple 14, 3 (chacun entre 1 et 120).
deal-error-choose-from-list = Choisissez dans la liste.
deal-error-rule-bounds = La borne supérieure doit être plus grande que la borne inférieure.
deal-error-rule-conflict = Choisissez une condition de conflit.
deal-error-rule-action = Choisissez l'action de la règle.
deal-error-rule-auto-conflict = Un conflit n'est jamais approuvé automatiquement ; choisissez une personne à qui l'envoyer.
deal-error-visibility = Choisissez l'une des deux options.

## Notifications and their e-mails
deal-notify-new-title = Nouvel enregistrement : { $customer } ({ $value })
deal-notify-new-body = Cet enregistrement attend votre décision.
deal-notify-new-body-conflict = Cet enregistrement est en conflit avec un autre ; comparez-les avant de décider.
deal-notify-approved-title = Approuvée : { $customer }
deal-notify-approved-body = Votre enregistrement a été approuvé. Il vous est réservé en exclusivité jusqu'au { $date }.
deal-notify-registered-title = Enregistrée : { $customer }
deal-notify-registered-body = { $hours ->
    [one] Votre enregistrement est en attente d'approbation ; une décision est attendue dans un délai de { $hours } heure.
   *[other] Votre enregistrement est en attente d'approbation ; une décision est attendue dans un délai de { $hours } heures.
}
deal-notify-status-title = { $status } : { $customer }
deal-notify-status-body = L'opportunité est désormais { $status }.
# A person's own words (a reason, a note), as they wrote them.
deal-notify-said = { $text }
deal-notify-resubmitted-title = Soumise à nouveau : { $customer }
deal-notify-resubmitted-body = Le partenaire a répondu à vos questions ; l'enregistrement attend votre décision.
deal-notify-extension-requested-title = Prolongation demandée : { $customer }
deal-notify-extension-granted-title = Prolongation accordée : { $customer } (exclusivité jusqu'au { $date })
deal-notify-extension-refused-title = Prolongation refusée : { $customer }
deal-notify-reminder-title = { $days ->
    [one] L'exclusivité prend fin dans { $days } jour : { $customer }
   *[other] L'exclusivité prend fin dans { $days } jours : { $customer }
}
deal-notify-reminder-body = Votre enregistrement est exclusif jusqu'au { $date }. Clôturez l'opportunité, mettez à jour son étape ou demandez une prolongation.
deal-notify-overdue-title = Approbation en retard : { $subject }
deal-notify-overdue-body = Le délai d'approbation (SLA) est dépassé sans décision. Veuillez prendre une décision ou réattribuer.
