# Le premier écran : l'argent du partenaire et ce qui l'attend, ou le
# programme que pilote l'équipe fournisseur.
# Glossaire des termes métier : locales/GLOSSARY.md.

## Page
home-title = Accueil
home-welcome = Bienvenue ! Votre compte est prêt.
home-hello = Bonjour { $name }

## Partner: figures
home-won-this-year = Gagné cette année
home-won-last-year = { $amounts } à la même date l'an dernier
home-won-last-year-none = Rien de gagné à la même date l'an dernier
home-open-pipeline = Pipeline ouvert
home-open-registrations = { $count ->
        [one] { $count } enregistrement ouvert
       *[other] { $count } enregistrements ouverts
    }
home-mdf-available = MDF disponibles pour vos demandes
home-mdf-sub = { $committed } engagés · { $claimed } réclamés · { $period }
home-mdf-none = Aucun fonds alloué pour cette période
home-incentives-due = Remises et commissions dues
home-paid = { $amounts } versés
home-paid-none = Rien de versé pour l'instant
home-rank = rang { $rank } sur { $total }

## Partner: needs your attention
home-attention = À traiter
home-attention-sub = { $returned } avec des questions · { $pending } en attente d'approbation · { $expiring } expirant dans les 30 jours
home-attention-none = Rien ne vous attend : aucune question du fournisseur, aucune exclusivité qui prend fin dans les 30 jours, rien en attente.
home-attention-returned = Questions du fournisseur : répondez et soumettez à nouveau
home-attention-expiring = { $days ->
        [one] L'exclusivité prend fin le { $date } (encore { $days } jour)
       *[other] L'exclusivité prend fin le { $date } (encore { $days } jours)
    }
home-attention-pending = En attente d'approbation
home-attention-more = Seuls les { $count } plus urgents de chaque catégorie sont affichés.
home-attention-all-returned = Voir les { $count } avec des questions
home-attention-all-pending = Voir les { $count } en attente d'approbation
home-attention-all-expiring = Voir les { $count } expirant dans les 30 jours

## Partner: pipeline, tier, activities, notifications
home-pipeline = Pipeline par étape
home-pipeline-none = Aucun enregistrement ouvert.
home-register-deal = Enregistrer une opportunité
home-col-stage = Étape
home-col-deals = Opportunités
home-col-value = Montant
home-tier = Votre niveau
home-tier-none = Votre entreprise rejoindra le programme partenaires lors de sa première évaluation (chaque jour et à chaque opportunité gagnée).
home-activities = Activités marketing
home-activities-none = Demandez en quelques minutes des fonds pour un événement, un webinaire ou une campagne ; une fois l'activité réalisée, faites-vous rembourser sur présentation de vos factures et listes de leads.
home-activities-all = Toutes les demandes et demandes de remboursement
home-notifications = Notifications récentes
home-notifications-none = Rien pour l'instant.
home-notifications-all = Toutes les notifications

## Partner: company, team, channel manager, training
home-company = Votre entreprise
home-company-type = Type de partenaire
home-company-region = Région
home-company-status = Statut
home-company-website = Site web
home-team = Votre équipe
home-team-active = actifs
home-team-invited = invités
home-team-manage = Gérer votre équipe
home-team-see = Voir votre équipe
home-manager = Votre responsable de canal
home-manager-none = Aucun responsable de canal ne vous est encore attribué. L'équipe du fournisseur vous en attribuera un.
home-training = Formation
home-training-text = Les cours et les certifications ne font pas encore partie du portail : aucune formation à suivre n'est donc affichée, et les personnes certifiées ne sont pas comptabilisées pour les niveaux.

## Vendor staff
home-vendor-waiting = Enregistrements en attente
home-vendor-overdue = Délai d'approbation (SLA) dépassé
home-vendor-mdf-requests = Demandes de MDF en attente
home-vendor-mdf-review = Demandes de remboursement MDF à examiner
home-vendor-mdf-pay = Demandes de remboursement MDF à verser
home-vendor-tier-changes = Changements de niveau à décider
home-vendor-companies-active = Entreprises partenaires actives
home-vendor-companies-suspended = Entreprises suspendues
home-vendor-people-active = Utilisateurs partenaires actifs
home-vendor-invitations = Invitations en attente
home-vendor-run = Piloter le programme
home-vendor-run-text = Ajoutez des entreprises partenaires, invitez leurs administrateurs, attribuez des responsables de canal et gérez l'équipe fournisseur.
home-vendor-partners = Vos partenaires
home-vendor-partners-text = Ces chiffres portent sur les entreprises partenaires qui vous sont attribuées.
home-vendor-open-companies = Ouvrir les entreprises partenaires
home-vendor-manage-staff = Gérer l'équipe
