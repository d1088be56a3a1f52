# Les entreprises partenaires, pour l'équipe fournisseur. (Les types et statuts sont dans core.ftl.)

## List
company-list-title = Entreprises partenaires
company-list-lead-admin = Toutes les entreprises partenaires du programme.
company-list-lead-manager = Les entreprises partenaires qui vous sont attribuées.
company-add = Ajouter une entreprise
company-search-label = Rechercher des entreprises
company-search-placeholder = Rechercher par nom
company-search-submit = Rechercher
company-empty-title = Aucune entreprise pour l'instant
company-empty-admin = Ajoutez la première entreprise partenaire pour commencer à inviter des partenaires.
company-empty-manager = Aucune entreprise partenaire ne vous est encore attribuée.
company-col-company = Entreprise
company-col-type = Type
company-col-region = Région
company-col-people = Personnes
company-col-status = Statut

## Form
company-saved = Enregistré.
company-form-name = Nom de l'entreprise
company-form-type = Type de partenaire
company-form-region = Région
company-form-country = Pays
company-form-status = Statut
company-form-website = Site web
company-form-website-hint = Facultatif, par ex. exemple.fr
company-form-save = Enregistrer les modifications
company-new-title = Ajouter une entreprise partenaire

## One company
company-page-title = Entreprise partenaire
# Sous le nom de l'entreprise : son type, sa région, son pays et sa date d'arrivée.
company-detail-meta = { $company_type } · { $region } · { $country } · depuis le { $date }
company-people-title = Personnes
company-people-empty-title = Personne pour l'instant
company-people-empty-text = Invitez l'administrateur de l'entreprise pour lui permettre de démarrer.
company-col-name = Nom
company-col-role = Rôle
company-col-last-sign-in = Dernière connexion
company-never = Jamais
company-managers-title = Responsables de canal
company-managers-none = Aucun responsable de canal n'est attribué.
company-assign = Attribuer
company-unassign = Retirer
company-assigned = Attribué
company-invite-title = Inviter une personne
company-invite-sent = Invitation envoyée.
company-invite-name = Nom
company-invite-email = E-mail professionnel
company-invite-role = Rôle
company-invite-submit = Envoyer l'invitation
company-details-title = Informations sur l'entreprise

## Errors
company-error-type = Choisissez un type de partenaire.
company-error-status = Choisissez un statut.
company-error-name-taken = Une entreprise portant ce nom existe déjà.
