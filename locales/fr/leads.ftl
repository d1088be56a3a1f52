# Leads : les leads du fournisseur confiés aux partenaires (features/leads).

## Libellés des valeurs enregistrées (string_enum!)
lead-status-queued = Dans la file d'attente du fournisseur
lead-status-offered = Proposé
lead-status-accepted = Accepté
lead-status-contacted = Contacté
lead-status-qualified = Qualifié
lead-status-converted = Converti en opportunité
lead-status-disqualified = Disqualifié
lead-status-returned = Restitué
lead-reject-not-our-region = Hors de notre région
lead-reject-no-capacity = Pas de capacité pour le moment
lead-reject-not-qualified = Pas qualifiés pour ce produit
lead-reject-already-customer = Déjà client chez nous
lead-reject-other = Autre motif
lead-disq-no-budget = Pas de budget
lead-disq-no-need = Pas de besoin
lead-disq-unreachable = Contact injoignable
lead-disq-competitor = A choisi un concurrent
lead-disq-duplicate = Doublon d'un autre lead ou d'une opportunité
lead-disq-other = Autre motif
lead-source-campaign = Campagne
lead-source-web-form = Formulaire web
lead-source-event = Événement
lead-source-referral = Recommandation du fournisseur
lead-strategy-named = À un partenaire désigné
lead-strategy-round-robin = À tour de rôle
lead-strategy-weighted = Pondéré par niveau
lead-strategy-capacity = Selon la capacité
lead-size-unknown = Taille inconnue
lead-size-small = Moins de 10 000
lead-size-medium = De 10 000 à 50 000
lead-size-large = De 50 000 à 250 000
lead-size-strategic = Plus de 250 000

## Nom d'un lead dans les messages de workflow (« Cette … est … ») : un nom féminin
lead-noun = fiche lead

## Et ensuite
lead-next-queued = En attente d'une proposition du fournisseur à un partenaire.
lead-next-offered = Acceptez-le ou refusez-le avant l'expiration de l'offre.
lead-next-accepted = Contactez le client.
lead-next-contacted = Qualifiez le lead.
lead-next-qualified = Enregistrez l'opportunité.
lead-next-converted = Enregistré comme opportunité.
lead-next-disqualified = Clôturé sans opportunité.
lead-next-returned = Restitué ; le fournisseur le propose à un autre partenaire.

## La liste
lead-list-title = Leads
lead-list-lead-partner = Les leads que le fournisseur vous propose. Acceptez-en un pour voir le client et le contact.
lead-list-lead-staff = Les leads de votre périmètre, ainsi que la file d'attente des leads sans partenaire.
lead-new-button = Ajouter un lead
lead-rules-link = Règles de distribution
lead-filter-label = Afficher les leads
lead-filter-open = Ouverts
lead-filter-queue = File d'attente
lead-filter-offered = Proposés
lead-filter-worked = En cours de traitement
lead-filter-closed = Clôturés
lead-filter-all = Tous
lead-col-lead = Lead
lead-col-partner = Partenaire
lead-col-status = Statut
lead-col-source = Source
lead-col-next = Prochaine étape
lead-list-empty-title = Aucun lead ici
lead-list-empty-partner = Lorsque le fournisseur vous propose un lead, il apparaît ici et vous êtes averti par e-mail.
lead-list-empty-staff = Ajoutez un lead ou modifiez le filtre.
lead-offer-title = Lead #{ $id }
lead-teaser = { $region } · { $product } · { $size }
lead-any-product = Tous produits
lead-unassigned = Non proposé
lead-held-short = Retenu : un autre partenaire a enregistré ce client.
lead-clock-left = Encore { $duration } pour répondre
lead-clock-ran-out = L'offre a expiré il y a { $duration }
lead-notice-rejected = Lead refusé. Il est transmis au partenaire suivant.
lead-notice-returned = Lead restitué au fournisseur.

## Un lead
lead-page-title = Lead
lead-doc-title = { $name } · Lead #{ $id }
lead-notice-created = Lead enregistré et attribué selon les règles.
lead-held = Retenu dans la file d'attente : { $company } a un enregistrement actif pour ce client (opportunité #{ $deal }). Il n'est jamais proposé automatiquement.
lead-held-open-deal = Ouvrir l'opportunité
lead-converted-to = Enregistré comme opportunité
lead-section-lead = Le lead
lead-section-contact = Client et contact
lead-section-history = Historique
lead-history-portal = Portail partenaires
lead-fact-region = Région
lead-fact-country = Pays
lead-fact-product = Produit souhaité
lead-fact-size = Taille estimée
lead-fact-source = Source
lead-fact-received = Reçu
lead-fact-partner = Partenaire
lead-fact-owner = Responsable
lead-fact-rule = Règle
lead-fact-customer = Client
lead-fact-contact = Contact
lead-fact-email = E-mail
lead-fact-phone = Téléphone
lead-fact-notes = Notes du fournisseur
lead-contact-hidden = Le client et les coordonnées du contact s'affichent dès que vous acceptez le lead.

## Actions
lead-answer-title = Votre réponse
lead-answer-text = En acceptant, vous voyez le client et le contact, et le lead vous est confié.
lead-accept = Accepter le lead
lead-reject-open = Refuser…
lead-reject-reason = Motif
lead-reject-note = Note
lead-reject-note-hint = Obligatoire pour « Autre motif ».
lead-reject = Refuser le lead
lead-work-title = Traiter le lead
lead-convert = Enregistrer une opportunité à partir de ce lead
lead-convert-hint = Le formulaire d'enregistrement s'ouvre, prérempli avec les données du lead.
lead-mark-contacted = Marquer comme contacté
lead-mark-qualified = Marquer comme qualifié
lead-colleague-title = Responsable
lead-colleague = Collègue
lead-colleague-submit = Confier
lead-end-title = Clôturer ou restituer
lead-disqualify-reason = Motif de clôture
lead-disqualify-note = Note
lead-disqualify = Disqualifier
lead-give-back-open = Restituer le lead…
lead-give-back-note = Pourquoi restituez-vous le lead ?
lead-give-back = Restituer au fournisseur
lead-assign-title = Proposer à un partenaire
lead-assign-company = Partenaire
lead-assign-by-rules = Selon les règles de distribution
lead-assign-submit = Proposer le lead
lead-close-title = Clôturer le lead
lead-close-note = Pourquoi personne ne le traitera ?
lead-close-submit = Clôturer le lead

## Le formulaire de nouveau lead
lead-new-title = Ajouter un lead
lead-new-lead = Les règles de distribution le proposent à un partenaire dès que vous l'enregistrez.
lead-form-customer = Client
lead-form-contact = Contact
lead-form-interest = Intérêt
lead-field-customer = Nom de l'entreprise *
lead-field-domain = Domaine du site web
lead-field-domain-hint = Sert à trouver les enregistrements du même client.
lead-field-country = Pays *
lead-field-region = Région *
lead-field-contact-name = Nom du contact *
lead-field-contact-title = Fonction
lead-field-contact-email = E-mail *
lead-field-contact-phone = Téléphone
lead-field-product = Produit souhaité
lead-field-value = Montant estimé
lead-field-value-hint = Facultatif. Avant d'accepter, les partenaires n'en voient que la tranche.
lead-field-currency = Devise
lead-field-source = Source
lead-field-notes = Notes pour le partenaire
lead-field-notes-hint = Visibles par le partenaire une fois le lead accepté.
lead-new-submit = Enregistrer et attribuer
lead-cancel = Annuler
lead-choose = Choisir…

## Règles de distribution
lead-rules-title = Règles de distribution des leads
lead-rules-lead = Les règles sont appliquées dans l'ordre : la première qui correspond à un lead et trouve un partenaire le lui propose. Un lead qu'aucune règle n'attribue attend dans la file d'attente.
lead-rules-saved = Enregistré.
lead-rules-empty-title = Aucune règle pour l'instant
lead-rules-empty = Sans règles, chaque lead attend dans la file d'attente qu'un responsable de canal s'en charge.
lead-rule-col-name = Règle
lead-rule-col-when = S'applique à
lead-rule-col-how = Attribution
lead-rule-col-hours = Délai de réponse (heures)
lead-rule-col-actions = Actions
lead-rule-any = Tous les leads
lead-rule-off = Désactivée
lead-rule-up = Déplacer { $name } vers le haut
lead-rule-down = Déplacer { $name } vers le bas
lead-rule-switch-off = Désactiver
lead-rule-switch-on = Activer
lead-rule-to-company = À { $company }
lead-rule-add-title = Ajouter une règle
lead-rule-name = Nom *
lead-rule-region = Région
lead-rule-country = Pays
lead-rule-product = Produit
lead-rule-tier = Niveau de partenaire
lead-rule-type = Type de partenaire
lead-rule-strategy = Attribution
lead-rule-company = Partenaire désigné
lead-rule-hours = Délai de réponse (heures)
lead-rule-any-region = Toutes les régions
lead-rule-any-country = Tous les pays
lead-rule-any-tier = Tous les niveaux
lead-rule-any-type = Tous les types
lead-rule-no-company = Aucun
lead-rule-help = « À tour de rôle » alterne entre les partenaires de la région du lead ; « Pondéré par niveau » en donne davantage aux niveaux supérieurs ; « Selon la capacité » choisit le partenaire le plus éloigné de sa limite de leads ouverts.
lead-rule-add = Ajouter la règle
lead-capacity-title = Limite de leads ouverts
lead-capacity-help = Un partenaire ne reçoit plus de leads tant qu'il en détient autant (proposés ou en cours de traitement). Sans limite propre : { $default }.
lead-capacity-company = Partenaire
lead-capacity-max = Nombre maximal de leads ouverts
lead-capacity-save = Enregistrer la limite

## Lignes de l'historique
lead-event-created = Lead ajouté ({ $source })
lead-event-offered = Proposé à { $company }
lead-event-offered-rule = Proposé à { $company } par la règle « { $rule } »
lead-event-held = Retenu : { $company } a un enregistrement actif pour ce client (opportunité #{ $deal })
lead-event-unmatched = Aucune règle n'a trouvé de partenaire ; en attente dans la file
lead-event-accepted = Accepté
lead-event-converted = Enregistré comme opportunité n° { $deal }
lead-event-rejected = Refusé : { $reason }
lead-event-timed-out = L'offre a expiré sans réponse
lead-event-status = { $status }
lead-event-disqualified = Disqualifié : { $reason }
lead-event-returned = Restitué au fournisseur
lead-event-assigned = Confié à { $name }
lead-event-withdrawn = Retiré par le fournisseur
lead-event-closed = Clôturé par le fournisseur
lead-event-changed = Modifié

## Notifications et e-mails (jamais avec les données du client)
lead-notify-offered-title = Nouveau lead pour vous : { $product } en { $region }
lead-notify-offered-body = Acceptez-le ou refusez-le avant le { $due }. Le client et le contact s'affichent dès que vous acceptez.
lead-notify-reminder-title = Lead en attente de votre réponse : { $product } en { $region }
lead-notify-reminder-body = L'offre expire le { $due } ; le lead passera ensuite à un autre partenaire.
lead-notify-lapsed-title = Offre de lead expirée : { $product } en { $region }
lead-notify-lapsed-body = Personne n'a répondu à temps ; le lead a donc été transmis à un autre partenaire.
lead-notify-withdrawn-title = Lead retiré : { $product } en { $region }
lead-notify-withdrawn-body = Le fournisseur a proposé ce lead à un autre partenaire.
lead-notify-returned-title = { $company } a restitué un lead
lead-notify-returned-body = Note du partenaire : { $note }
lead-notify-assigned-title = { $name } vous a confié un lead
lead-notify-assigned-body = C'est désormais à vous de le traiter.

## Erreurs
lead-error-domain = Saisissez un domaine du type example.com.
lead-error-phone = Uniquement des chiffres, des espaces et + - ( ) (40 caractères maximum).
lead-error-title = { $max } caractères maximum.
lead-error-product = Choisissez l'un des produits de la liste.
lead-error-currency = Choisissez l'une des devises de la liste.
lead-error-source = Indiquez la provenance du lead.
lead-error-notes = { $max } caractères maximum.
lead-error-offer-ran-out = Cette offre a expiré le { $due } ; le lead passe à un autre partenaire.
lead-error-reject-reason = Choisissez un motif.
lead-error-disqualify-reason = Choisissez le motif de clôture.
lead-error-note-long = { $max } caractères maximum.
lead-error-note-needed = Ajoutez une courte note.
lead-error-status = Cette étape n'est pas possible pour un lead.
lead-error-status-filter = Filtre inconnu.
lead-error-not-worked = Seul un lead en cours de traitement par votre entreprise peut être confié à un collègue.
lead-error-colleague = Choisissez un collègue actif de votre entreprise.
lead-error-company = Choisissez un partenaire actif que vous suivez.
lead-error-answer = Acceptez ou refusez.
lead-error-step = Étape inconnue.
lead-error-capacity = Saisissez un nombre entier compris entre 0 et 100 000.
lead-rule-error-tier = Choisissez l'un des niveaux.
lead-rule-error-type = Choisissez l'un des types de partenaire.
lead-rule-error-strategy = Choisissez comment le lead est proposé.
lead-rule-error-company-needed = Choisissez le partenaire auquel cette règle propose les leads.
lead-rule-error-hours = Saisissez entre 1 et { $max } heures.
lead-rule-error-op = Modification inconnue.

## L'écran d'accueil
lead-home-title = Leads
lead-home-waiting = { $count ->
    [one] { $count } lead attend votre réponse
   *[other] { $count } leads attendent votre réponse
}
lead-home-next = La prochaine offre expire dans { $duration }.
lead-home-working = { $count ->
    [one] { $count } lead en cours de traitement
   *[other] { $count } leads en cours de traitement
}
lead-home-none = Aucun lead en attente de réponse.
lead-home-open = Leads ouverts
lead-home-staff-queue = Leads en file d’attente
lead-home-staff-offered = Leads proposés en attente de réponse
lead-home-staff-worked = Leads en cours de traitement
lead-home-staff-converted = Leads enregistrés comme opportunités cette année

## Import CSV
lead-import-link = Importer un CSV
lead-import-title = Importer des leads
lead-import-lead = Jusqu'à { $max } leads par fichier. Chaque ligne est d'abord vérifiée ; ensuite, soit tous les leads sont créés et attribués selon les règles, soit aucun.
lead-import-file-title = Votre fichier
lead-import-file = Fichier CSV
lead-import-paste = Ou collez les lignes
lead-import-columns = Première ligne : company, contact_name, contact_email, country, region ; en option, domain, contact_phone, contact_title, product, value, currency, source, notes.
lead-import-preview = Vérifier les lignes
lead-import-example-title = Exemple
lead-import-preview-pasted = Les lignes collées
lead-import-preview-file = { $file }
lead-import-done = Ces leads ont été créés.
lead-import-valid = { $count ->
    [one] Le lead est prêt.
   *[other] Les { $count } leads sont prêts.
}
lead-import-apply = { $count ->
    [one] Créer et attribuer un lead
   *[other] Créer et attribuer { $count } leads
}
lead-import-errors = { $bad ->
    [one] { $bad } ligne sur { $count } présente des problèmes. Corrigez le fichier et vérifiez-le à nouveau ; rien n'a été créé.
   *[other] { $bad } lignes sur { $count } présentent des problèmes. Corrigez le fichier et vérifiez-le à nouveau ; rien n'a été créé.
}
lead-import-applied = Leads créés. Proposés aux partenaires : { $offered } ; en attente dans la file : { $queued }.
lead-import-lines = Lignes du fichier
lead-import-col-line = Ligne
lead-import-col-company = Entreprise
lead-import-col-region = Région
lead-import-col-contact = Contact
lead-import-col-problems = Problèmes
lead-import-ok = Prête
lead-sheet-rows = leads
lead-csv-product = Aucun produit n'a la référence (SKU) ou le nom « { $product } ».
lead-csv-has-errors = Certaines lignes présentent des problèmes ; rien n'a été créé.
lead-upload-multipart = Envoyez le fichier via le formulaire d'import.
lead-upload-utf8 = Enregistrez le fichier au format texte UTF-8 (CSV) et importez-le à nouveau.
lead-upload-choose = Choisissez un fichier CSV.

## Les indicateurs des leads pour l'équipe du fournisseur

lead-figures-link = Indicateurs
lead-figures-title = Indicateurs des leads
lead-figures-subtitle = Du { $from } au { $to } · chiffre d'affaires en { $currency }
lead-figures-back = Tous les leads
lead-figures-dashboard = Tableau de bord
lead-figures-filters = Filtres des indicateurs des leads
lead-figures-period = Période
lead-figures-days = { $days ->
        [365] 12 derniers mois
       *[other] { $days } derniers jours
    }
lead-figures-currency = Devise
lead-figures-apply = Afficher
lead-figures-stat-offers = Offres émises
lead-figures-stat-offers-sub = { $answered } avec réponse · { $rejected } refusées · { $timed_out } expirées
lead-figures-stat-acceptance = Taux d'acceptation
lead-figures-stat-acceptance-sub = { $accepted } acceptées sur { $answered } avec réponse
lead-figures-stat-time = Délai d'acceptation médian
lead-figures-stat-time-sub = 90e centile : { $p90 }
lead-figures-stat-conversion = Taux de conversion
lead-figures-stat-conversion-sub = { $converted } enregistrés comme opportunités · { $won } gagnés
lead-figures-how = Les offres, les réponses et le délai d'acceptation portent sur ce qui s'est passé pendant la période. Les conversions et le chiffre d'affaires suivent les leads acceptés pendant la période, quelle que soit la date de leur enregistrement ou de leur gain ; le chiffre d'affaires comprend les opportunités gagnées dans la devise choisie.
lead-figures-sample = Les délais d'acceptation sont calculés sur les { $count } acceptations les plus récentes de la période.
lead-figures-by-partner = Par partenaire
lead-figures-by-region = Par région
lead-figures-by-source = Par source
lead-figures-more = { $count ->
        [one] Un autre partenaire figure dans le CSV.
       *[other] { $count } autres partenaires figurent dans le CSV.
    }
lead-figures-csv = Exporter en CSV
lead-figures-none = Aucune offre sur cette période.
lead-figures-col-partner = Partenaire
lead-figures-col-region = Région
lead-figures-col-source = Source
lead-figures-col-offered = Offres
lead-figures-col-accepted = Acceptées
lead-figures-col-rejected = Refusées
lead-figures-col-timed-out = Expirées
lead-figures-col-time-to-accept = Délai d'acceptation
lead-figures-col-converted = Enregistrés
lead-figures-col-won-in = Gagné ({ $currency })
lead-figures-col-won-deals = Opportunités gagnées
lead-figures-won-deals = { $count ->
        [one] { $count } opportunité
       *[other] { $count } opportunités
    }
lead-figures-csv-acceptance = Taux d'acceptation (%)
lead-figures-csv-conversion = Taux de conversion (%)
lead-figures-all = Total
lead-figures-export-which = Choisissez une ventilation à exporter : { $breakdowns }.
