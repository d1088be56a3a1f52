# Le cadre du portail : son nom, la mise en page et la navigation, les éléments
# communs à toutes les pages (formulaires, pagination, avis), durées, régions.
# Glossaire des termes métier : locales/GLOSSARY.md.

app-name = Portail partenaires

## Layout
layout-skip = Aller au contenu
layout-main-nav = Navigation principale
layout-vendor-staff = Équipe fournisseur
layout-register-deal = Enregistrer une opportunité
layout-sign-out = Se déconnecter
lang-switch-label = Langue
tz-label = Fuseau horaire
tz-automatic = Automatique (celui de ce navigateur)
tz-save = Enregistrer le fuseau horaire

## Main navigation
nav-home = Accueil
nav-deals = Opportunités
nav-leads = Leads
nav-funds = Fonds
nav-rebates = Remises
nav-tier = Niveau
nav-team = Équipe
nav-overview = Vue d'ensemble
nav-dashboard = Tableau de bord
nav-approvals = Approbations
nav-mdf = MDF
nav-tiers = Niveaux
nav-partners = Partenaires
nav-admin = Administration

## Administration tabs
admin-tabs-label = Administration
admin-tab-deals = Programme d'opportunités
admin-tab-tiers = Niveaux et incitations
admin-tab-payouts = Versements
admin-tab-staff = Personnel
admin-tab-mail = Journal des e-mails

## Shared pieces
ui-loading = Chargement…
ui-back-home = Retour à l'accueil
pager-label = Pagination
pager-status = Page { $page } sur { $pages } · { $total } au total
pager-previous = Précédent
pager-next = Suivant
form-fix-fields = { $count ->
    [one] Veuillez corriger le champ en surbrillance.
   *[other] Veuillez corriger les { $count } champs en surbrillance.
}
sla-due-in = Décision attendue dans { $duration }
sla-overdue = En retard de { $duration }

## Durations
duration-seconds = { $s } s
duration-minutes = { $m } min
duration-minutes-seconds = { $m } min { $s } s
duration-hours = { $h } h
duration-days = { $d } j

## Sales regions
region-north-america = Amérique du Nord
region-latin-america = Amérique latine
region-emea = EMEA
region-apac = APAC

## Labels of stored values (string_enum!)
role-vendor-admin = Administrateur fournisseur
role-channel-manager = Responsable de canal
role-partner-admin = Administrateur partenaire
role-partner-user = Utilisateur partenaire
company-type-reseller = Revendeur
company-type-distributor = Distributeur
company-type-msp = Fournisseur de services managés
company-type-referral = Apporteur d'affaires
company-type-si = Intégrateur de systèmes
company-status-active = Actif
company-status-suspended = Suspendu
user-status-invited = Invité
user-status-active = Actif
user-status-disabled = Désactivé

## E-mail
# L'e-mail d'une notification : son titre, son texte et le lien.
mail-notification = { $title }

    { $body }

    Ouvrir dans le portail partenaires :
    { $link }
