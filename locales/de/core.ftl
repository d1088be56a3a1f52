# Der Rahmen des Portals: sein Name, Layout und Navigation, die Bausteine,
# die alle Seiten teilen (Formulare, Seitennavigation, Hinweise), Zeitdauern, Regionen.
# Glossar der Fachbegriffe: locales/GLOSSARY.md.

app-name = Partnerportal

## Layout
layout-skip = Zum Inhalt springen
layout-main-nav = Hauptnavigation
layout-vendor-staff = Herstellerteam
layout-register-deal = Deal registrieren
layout-sign-out = Abmelden
lang-switch-label = Sprache
tz-label = Zeitzone
tz-automatic = Automatisch (wie dieser Browser)
tz-save = Zeitzone speichern

## Hauptnavigation
nav-home = Start
nav-deals = Deals
nav-leads = Leads
nav-funds = Budgets
nav-rebates = Rückvergütungen
nav-tier = Partnerstufe
nav-team = Team
nav-overview = Übersicht
nav-dashboard = Dashboard
nav-approvals = Genehmigungen
nav-mdf = MDF
nav-tiers = Partnerstufen
nav-partners = Partner
nav-admin = Verwaltung

## Reiter der Verwaltung
admin-tabs-label = Verwaltung
admin-tab-deals = Deal-Programm
admin-tab-tiers = Stufen und Incentives
admin-tab-payouts = Auszahlungen
admin-tab-staff = Mitarbeiter
admin-tab-mail = E-Mail-Protokoll

## Gemeinsame Bausteine
ui-loading = Wird geladen…
ui-back-home = Zurück zur Startseite
pager-label = Seitennavigation
pager-status = Seite { $page } von { $pages } · { $total } insgesamt
pager-previous = Zurück
pager-next = Weiter
form-fix-fields = { $count ->
    [one] Bitte korrigieren Sie das markierte Feld.
   *[other] Bitte korrigieren Sie die { $count } markierten Felder.
}
sla-due-in = Entscheidung fällig in { $duration }
sla-overdue = Seit { $duration } überfällig

## Zeitdauern
duration-seconds = { $s } s
duration-minutes = { $m } min
duration-minutes-seconds = { $m } min { $s } s
duration-hours = { $h } h
duration-days = { $d ->
    [one] { $d } Tag
   *[other] { $d } Tage
}

## Vertriebsregionen
region-north-america = Nordamerika
region-latin-america = Lateinamerika
region-emea = EMEA
region-apac = APAC

## Bezeichnungen gespeicherter Werte (string_enum!)
role-vendor-admin = Hersteller-Administrator
role-channel-manager = Channel-Manager
role-partner-admin = Partner-Administrator
role-partner-user = Partner-Benutzer
company-type-reseller = Reseller
company-type-distributor = Distributor
company-type-msp = MSP
company-type-referral = Empfehlungspartner
company-type-si = Systemintegrator
company-status-active = Aktiv
company-status-suspended = Gesperrt
user-status-invited = Eingeladen
user-status-active = Aktiv
user-status-disabled = Deaktiviert

## E-Mail
# Die E-Mail einer Benachrichtigung: Titel, Text und Link.
mail-notification = { $title }

    { $body }

    Im Partnerportal öffnen:
    { $link }
