# Die Startseite: das Geld des Partners und was seine Aufmerksamkeit braucht,
# oder das Programm, das das Herstellerteam steuert.
# Glossar der Fachbegriffe: locales/GLOSSARY.md.

## Seite
home-title = Start
home-welcome = Willkommen an Bord. Ihr Konto ist eingerichtet.
home-hello = Hallo { $name }

## Partner: Kennzahlen
home-won-this-year = In diesem Jahr gewonnen
home-won-last-year = Bis zu diesem Tag im Vorjahr: { $amounts }
home-won-last-year-none = Bis zu diesem Tag im Vorjahr nichts gewonnen
home-open-pipeline = Offene Pipeline
home-open-registrations = { $count ->
        [one] { $count } offene Registrierung
       *[other] { $count } offene Registrierungen
    }
home-mdf-available = Für MDF-Anträge verfügbar
home-mdf-sub = { $committed } gebunden · { $claimed } zur Erstattung beantragt · { $period }
home-mdf-none = In diesem Zeitraum keine Mittel zugeteilt
home-incentives-due = Fällige Rückvergütungen und Provisionen
home-paid = { $amounts } ausgezahlt
home-paid-none = Noch nichts ausgezahlt
home-rank = Platz { $rank } von { $total }

## Partner: Ihre Aufmerksamkeit ist gefragt
home-attention = Ihre Aufmerksamkeit ist gefragt
home-attention-sub = { $returned } mit Rückfragen · { $pending } warten auf Genehmigung · { $expiring } laufen in 30 Tagen ab
home-attention-none = Nichts wartet auf Sie: keine Rückfragen des Herstellers, keine Exklusivität, die in den nächsten 30 Tagen endet, nichts ausstehend.
home-attention-returned = Rückfragen des Herstellers: beantworten und erneut einreichen
home-attention-expiring = { $days ->
        [one] Exklusivität endet am { $date } (noch { $days } Tag)
       *[other] Exklusivität endet am { $date } (noch { $days } Tage)
    }
home-attention-pending = Genehmigung ausstehend
home-attention-more = Aufgeführt sind jeweils die { $count } dringendsten.
home-attention-all-returned = Alle { $count } mit Rückfragen
home-attention-all-pending = Alle { $count } mit ausstehender Genehmigung
home-attention-all-expiring = Alle { $count }, die in 30 Tagen ablaufen

## Partner: Pipeline, Stufe, Aktivitäten, Benachrichtigungen
home-pipeline = Pipeline nach Phase
home-pipeline-none = Keine offenen Registrierungen.
home-register-deal = Deal registrieren
home-col-stage = Phase
home-col-deals = Deals
home-col-value = Wert
home-tier = Ihre Partnerstufe
home-tier-none = Ihr Unternehmen tritt dem Partnerprogramm bei seiner ersten Bewertung bei (täglich und sobald ein Deal gewonnen wird).
home-activities = Marketingaktivitäten
home-activities-none = Beantragen Sie in wenigen Minuten Mittel für eine Veranstaltung, ein Webinar oder eine Kampagne; lassen Sie sie sich danach mit Ihren Rechnungen und Lead-Listen erstatten.
home-activities-all = Alle Anträge und Erstattungsanträge
home-notifications = Neueste Benachrichtigungen
home-notifications-none = Noch nichts vorhanden.
home-notifications-all = Alle Benachrichtigungen

## Partner: Unternehmen, Team, Channel-Manager, Schulungen
home-company = Ihr Unternehmen
home-company-type = Partnertyp
home-company-region = Region
home-company-status = Status
home-company-website = Website
home-team = Ihr Team
home-team-active = aktiv
home-team-invited = eingeladen
home-team-manage = Team verwalten
home-team-see = Team ansehen
home-manager = Ihr Channel-Manager
home-manager-none = Es ist noch kein Channel-Manager zugewiesen. Das Herstellerteam weist Ihnen einen zu.
home-training = Schulungen
home-training-text = Kurse und Zertifizierungen sind noch nicht Teil des Portals. Daher werden hier keine fälligen Schulungen angezeigt, und zertifizierte Personen werden für die Partnerstufen nicht gezählt.

## Herstellerteam
home-vendor-waiting = Wartende Registrierungen
home-vendor-overdue = Genehmigungs-SLA überschritten
home-vendor-mdf-requests = Wartende MDF-Anträge
home-vendor-mdf-review = Zu prüfende MDF-Erstattungsanträge
home-vendor-mdf-pay = Auszuzahlende MDF-Erstattungsanträge
home-vendor-tier-changes = Zu entscheidende Stufenwechsel
home-vendor-companies-active = Aktive Partnerunternehmen
home-vendor-companies-suspended = Gesperrte Unternehmen
home-vendor-people-active = Aktive Personen bei Partnern
home-vendor-invitations = Ausstehende Einladungen
home-vendor-run = Programm steuern
home-vendor-run-text = Fügen Sie Partnerunternehmen hinzu, laden Sie deren Administratoren ein, weisen Sie Channel-Manager zu und verwalten Sie das Herstellerteam.
home-vendor-partners = Ihre Partner
home-vendor-partners-text = Diese Kennzahlen umfassen die Ihnen zugewiesenen Partnerunternehmen.
home-vendor-open-companies = Partnerunternehmen öffnen
home-vendor-manage-staff = Mitarbeiter verwalten
