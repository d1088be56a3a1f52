# Partnerunternehmen, für das Herstellerteam. (Typen und Status stehen in core.ftl.)

## Liste
company-list-title = Partnerunternehmen
company-list-lead-admin = Alle Partnerunternehmen im Programm.
company-list-lead-manager = Die Ihnen zugewiesenen Partnerunternehmen.
company-add = Unternehmen hinzufügen
company-search-label = Unternehmen suchen
company-search-placeholder = Nach Name suchen
company-search-submit = Suchen
company-empty-title = Noch keine Unternehmen
company-empty-admin = Fügen Sie das erste Partnerunternehmen hinzu, um Partner einladen zu können.
company-empty-manager = Ihnen ist noch kein Partnerunternehmen zugewiesen.
company-col-company = Unternehmen
company-col-type = Typ
company-col-region = Region
company-col-people = Personen
company-col-status = Status

## Formular
company-saved = Gespeichert.
company-form-name = Name des Unternehmens
company-form-type = Partnertyp
company-form-region = Region
company-form-country = Land
company-form-status = Status
company-form-website = Website
company-form-website-hint = Optional, z. B. beispiel.de
company-form-save = Änderungen speichern
company-new-title = Partnerunternehmen hinzufügen

## Ein Unternehmen
company-page-title = Partnerunternehmen
# Unter dem Namen des Unternehmens: Typ, Region, Land und seit wann es dabei ist.
company-detail-meta = { $company_type } · { $region } · { $country } · seit { $date }
company-people-title = Personen
company-people-empty-title = Noch niemand
company-people-empty-text = Laden Sie den Administrator des Unternehmens ein, damit er loslegen kann.
company-col-name = Name
company-col-role = Rolle
company-col-last-sign-in = Letzte Anmeldung
company-never = Nie
company-managers-title = Channel-Manager
company-managers-none = Es ist kein Channel-Manager zugewiesen.
company-assign = Zuweisen
company-unassign = Zuweisung aufheben
company-assigned = Zugewiesen
company-invite-title = Person einladen
company-invite-sent = Einladung gesendet.
company-invite-name = Name
company-invite-email = Geschäftliche E-Mail-Adresse
company-invite-role = Rolle
company-invite-submit = Einladung senden
company-details-title = Unternehmensdaten

## Fehler
company-error-type = Wählen Sie einen Partnertyp.
company-error-status = Wählen Sie einen Status.
company-error-name-taken = Ein Unternehmen mit diesem Namen ist bereits vorhanden.
