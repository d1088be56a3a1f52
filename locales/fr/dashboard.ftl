# Le tableau de bord fournisseur : filtres, chiffres, graphiques et leurs exports CSV.
# Glossaire des termes métier : locales/GLOSSARY.md.

## Page
dash-title = Tableau de bord du canal
dash-subtitle = { $count ->
        [one] { $count } entreprise partenaire
       *[other] { $count } entreprises partenaires
    } · du { $from } au { $to } · montants en { $currency } · données au { $as_of }
dash-refresh = Actualiser les chiffres
dash-refresh-hint = Les chiffres sont conservés une minute après leur calcul ; ce bouton les recalcule immédiatement.
dash-registration-time-link = Durée d'enregistrement par partenaire
dash-export-csv = Exporter en CSV

## Periods
dash-period-quarter = Ce trimestre
dash-period-last-quarter = Trimestre précédent
dash-period-ytd = Depuis le début de l'année
dash-period-12m = 12 derniers mois
dash-period-custom = Dates personnalisées

## Filters
dash-filters = Filtres
dash-filter-period = Période
dash-filter-from = Premier jour
dash-filter-to = Dernier jour
dash-filter-region = Région
dash-filter-all-regions = Toutes les régions
dash-filter-tier = Niveau
dash-filter-all-tiers = Tous les niveaux
dash-filter-manager = Responsable de canal
dash-filter-all-managers = Tous les responsables
dash-filter-currency = Devise
dash-filter-apply = Appliquer les filtres
dash-filter-reset = Réinitialiser
dash-filter-error = { $error } Affichage du trimestre en cours à la place.
dash-filter-hint = Les dates s'appliquent lorsque la période est « { dash-period-custom } ».
dash-error-first-day = Saisissez le premier jour au format AAAA-MM-JJ.
dash-error-last-day = Saisissez le dernier jour au format AAAA-MM-JJ.
dash-error-range-reversed = Le dernier jour est antérieur au premier jour.
dash-error-range-long = Choisissez une période de trois ans au maximum.

## Headline figures
dash-stat-won-revenue = Chiffre d'affaires gagné
dash-change-vs-previous = { $days ->
        [one] { $change } par rapport au jour précédent
       *[other] { $change } par rapport aux { $days } jours précédents
    }
dash-change-none = Rien de gagné sur la période précédente
dash-stat-submitted = Enregistrements soumis
dash-stat-rates = { $approved } approuvés · { $won } gagnés
dash-stat-registration-median = Durée d'enregistrement médiane
dash-stat-p90 = p90 { $duration }
dash-stat-target = objectif { $duration }
dash-stat-approval-median = Délai d'approbation médian
dash-stat-approval-sub = p90 { $p90 } · { $share } dans le délai (SLA)

## Revenue
dash-revenue-title = Chiffre d'affaires du canal dans le temps
dash-revenue-lead = Opportunités gagnées en { $currency }, par date de gain : { $deals ->
        [one] { $deals } opportunité
       *[other] { $deals } opportunités
    } de { $companies ->
        [one] { $companies } entreprise partenaire
       *[other] { $companies } entreprises partenaires
    }.
dash-revenue-empty-title = Aucune opportunité gagnée sur cette période
dash-revenue-empty-text = Choisissez une période plus longue ou moins de filtres.
dash-revenue-chart = { $bucket ->
        [week] Chiffre d'affaires gagné par semaine en { $currency }
       *[month] Chiffre d'affaires gagné par mois en { $currency }
    }
dash-revenue-none = Aucun chiffre d'affaires gagné sur cette période.
dash-revenue-other-partners = Autres partenaires ({ $count })
dash-revenue-no-tier = Sans niveau
dash-partners-title = Chiffre d'affaires par partenaire
dash-partners-chart = Chiffre d'affaires gagné par entreprise partenaire en { $currency }
dash-tiers-revenue-title = Chiffre d'affaires par niveau
dash-tiers-revenue-chart = Chiffre d'affaires gagné selon le niveau actuel du partenaire en { $currency }
dash-regions-title = Chiffre d'affaires par région
dash-regions-chart = Chiffre d'affaires gagné par région du partenaire en { $currency }

## Chart buckets (a week by its first day, a month with its year)
dash-bucket-week = { $day } { $month }
dash-bucket-month = { $month } { $year }
dash-month-1 = janv.
dash-month-2 = févr.
dash-month-3 = mars
dash-month-4 = avr.
dash-month-5 = mai
dash-month-6 = juin
dash-month-7 = juil.
dash-month-8 = août
dash-month-9 = sept.
dash-month-10 = oct.
dash-month-11 = nov.
dash-month-12 = déc.

## Registration funnel
dash-funnel-title = Entonnoir des enregistrements
dash-funnel-lead = Les enregistrements soumis sur la période et jusqu'où ils sont allés.
dash-funnel-chart = Enregistrements soumis, approuvés et gagnés
dash-funnel-submitted = Soumis
dash-funnel-approved = Approuvés
dash-funnel-won = Gagnés
dash-funnel-lost = Perdus
dash-funnel-rejected = Refusés
dash-funnel-pending = En attente d'une décision ou du partenaire
dash-funnel-conflict-rate = Taux de conflit
dash-funnel-conflict-value = { $count ->
        [one] { $share } ({ $count } enregistrement)
       *[other] { $share } ({ $count } enregistrements)
    }

## Registration and approval time
dash-timing-title = Durée d'enregistrement et délai d'approbation
dash-timing-timed = Enregistrements mesurés
dash-n-of-total = { $n } sur { $total }
dash-timing-registration = Durée d'enregistrement médiane / p90
dash-timing-under-90s = Enregistrés en moins de 90 s
dash-timing-decisions = Décisions prises par une personne
dash-timing-approval = Délai d'approbation médian / p90
dash-timing-within-sla = Décidés dans le délai (SLA)
dash-timing-sample = Les durées sont calculées sur les { $count } enregistrements les plus récents de la période.

## Market development funds
dash-mdf-title = Fonds de développement marketing
dash-mdf-lead = { $funds ->
        [one] { $funds } fonds
       *[other] { $funds } fonds
    } en { $currency } dont la période commence dans l'intervalle choisi ; { $requests ->
        [one] { $requests } demande
       *[other] { $requests } demandes
    }.
dash-mdf-chart = MDF alloués, engagés, réclamés et versés en { $currency }
dash-mdf-allocated = Alloués
dash-mdf-committed = Engagés
dash-mdf-claimed = Réclamés, non versés
dash-mdf-paid = Versés
dash-mdf-available = Encore disponibles
dash-mdf-expired = Expirés sans être utilisés
dash-mdf-claims-approved = Demandes de remboursement approuvées
dash-mdf-linked-won = Chiffre d'affaires gagné des opportunités liées
dash-mdf-roi = Retour sur les demandes de remboursement approuvées
dash-mdf-roi-value = { $ratio }×

## Tiers
dash-tiers-title = Niveaux
dash-tiers-none = Aucun programme partenaires pour l'instant.
dash-tiers-chart = Entreprises partenaires par niveau
dash-tiers-upgrades = Passages au niveau supérieur à décider
dash-tiers-downgrades = Passages au niveau inférieur à décider
dash-tiers-grace = En délai de grâce

## Partner activity
dash-activity-title = Activité des partenaires
dash-activity-users = Utilisateurs partenaires connectés au cours des 30 derniers jours
dash-activity-companies = Entreprises avec une connexion au cours des 30 derniers jours
dash-activity-registering = Entreprises ayant enregistré une opportunité sur la période

## Leaderboard
dash-leaderboard-title = Classement
dash-leaderboard-none = Aucun point gagné sur cette période.
dash-leaderboard-caption = Entreprises classées selon les points gagnés sur la période

## Column heads (tables and CSV files)
dash-col-period = Période
dash-col-partner = Partenaire
dash-col-tier = Niveau
dash-col-region = Région
dash-col-stage = Étape
dash-col-bucket = Catégorie
dash-col-rank = Rang
dash-col-points = Points
dash-col-won-deals = Opportunités gagnées
dash-col-won-revenue-in = Chiffre d'affaires gagné ({ $currency })

## Charts
dash-chart-name = Nom
dash-chart-amount = Montant
dash-chart-count = Nombre
dash-chart-deals = Opportunités
dash-chart-show-figures = Afficher les chiffres
dash-chart-item = { $label } : { $value }
dash-chart-column-tip = { $count ->
        [one] { $label } : { $value } ({ $count } opportunité)
       *[other] { $label } : { $value } ({ $count } opportunités)
    }
dash-compact-thousands = { $n } k
dash-compact-millions = { $n } M
dash-compact-billions = { $n } Md

## CSV exports
dash-export-which-table = Quel tableau ? L'un des suivants : { $tables }.
dash-csv-period = Période du { $from } au { $to }, devise { $currency }
dash-csv-figure = Indicateur
dash-csv-value = Valeur
dash-csv-pending = En attente d'une décision ou du partenaire
dash-csv-conflicts = En conflit
dash-csv-registrations-read = Enregistrements analysés
dash-csv-registration-p90 = Durée d'enregistrement p90
dash-csv-under-90s = Moins de 90 secondes (%)
dash-csv-approval-p90 = Délai d'approbation p90
dash-csv-within-sla = Décidés dans le délai (SLA) (%)
dash-csv-funds = Fonds
dash-csv-available = Disponible
dash-csv-expired = Expiré
dash-csv-requests = Demandes
dash-csv-companies = Entreprises
dash-csv-companies-active = Entreprises partenaires actives
dash-csv-companies-signed-in = Entreprises connectées au cours des 30 derniers jours
dash-csv-users-active = Utilisateurs partenaires actifs
dash-csv-users-signed-in = Utilisateurs connectés au cours des 30 derniers jours
dash-csv-companies-registering = Entreprises ayant enregistré une opportunité

## Qui a trouvé les opportunités (apport du partenaire et apport du fournisseur)

dash-sourcing-title = Qui a trouvé les opportunités
dash-sourcing-lead = Chiffre d'affaires gagné sur la période et pipeline ouvert à ce jour, selon qui a trouvé l'opportunité : le partenaire lui-même, ou le fournisseur grâce à un lead qu'il a attribué.
dash-sourcing-col-source = Origine
dash-sourcing-col-won = Gagné ({ $currency })
dash-sourcing-col-share = Part
dash-sourcing-col-open = Pipeline ouvert ({ $currency })
dash-sourcing-col-open-deals = Opportunités ouvertes
dash-sourcing-partner = Apport du partenaire
dash-sourcing-vendor = Apport du fournisseur (leads)
dash-sourcing-deals = { $count ->
        [one] { $count } opportunité
       *[other] { $count } opportunités
    }
dash-sourcing-lead-figures = Indicateurs des leads : acceptation, conversion et chiffre d'affaires par partenaire, région et source

## Les indicateurs de réussite du seed

dash-measures-title = Indicateurs de réussite
dash-measures-lead = Chiffre d'affaires gagné par utilisateur partenaire ayant utilisé le portail sur la période, le groupe productif (les partenaires qui, ensemble, apportent 80 % du chiffre d'affaires gagné sur les douze derniers mois) et la note que ce groupe donne au portail (NPS du sondage éclair intégré au portail).
dash-measures-per-user = Chiffre d'affaires par utilisateur actif du portail
dash-measures-per-user-sub = { $users ->
        [one] { $users } utilisateur partenaire actif
       *[other] { $users } utilisateurs partenaires actifs
    }
dash-measures-productive = Groupe productif
dash-measures-productive-value = { $n } sur { $of }
dash-measures-productive-sub = partenaires ayant un chiffre d'affaires gagné sur les 12 derniers mois ; ensemble, { $share } de celui-ci
dash-measures-productive-names = { $more ->
        [0] Le groupe productif : { $names }.
        [one] Le groupe productif : { $names } et { $more } autre.
       *[other] Le groupe productif : { $names } et { $more } autres.
    }
dash-measures-nps = NPS du portail (groupe productif)
dash-measures-nps-sub = { $answers ->
        [one] { $answers } réponse
       *[other] { $answers } réponses
    } · tous les partenaires : { $all } ({ $all_answers })
dash-measures-nps-before = { $before } sur la période précédente ({ $change })
dash-measures-nps-no-before = Aucune réponse sur la période précédente
dash-measures-comments = Ce que disent les partenaires
dash-measures-comments-none = Aucun commentaire avec les réponses du sondage sur cette période.
dash-measures-comment-score = { $score }/10
dash-measures-none = Aucun chiffre d'affaires gagné ni utilisation du portail sur cette période.
dash-measures-tier-caption = Chiffre d'affaires par utilisateur actif du portail, par niveau
dash-measures-col-users = Utilisateurs actifs
dash-measures-col-per-user = Par utilisateur actif
dash-csv-active-users = Utilisateurs partenaires actifs
dash-csv-active-users-before = Utilisateurs partenaires actifs, période précédente
dash-csv-per-user-before = Chiffre d'affaires par utilisateur actif du portail, période précédente
dash-csv-productive-companies = Groupe productif : partenaires
dash-csv-companies-with-revenue = Partenaires ayant un chiffre d'affaires gagné sur les 12 derniers mois
dash-csv-productive-share = Part du groupe productif dans le chiffre d'affaires gagné sur 12 mois (%)
dash-csv-nps-answers = Réponses du groupe productif au sondage éclair
dash-csv-nps-before = NPS du portail (groupe productif), période précédente
dash-csv-nps-all = NPS du portail, tous les partenaires
dash-csv-nps-all-answers = Réponses au sondage éclair, tous les partenaires
