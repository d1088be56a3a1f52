# Die Mitarbeiter eines Partnerunternehmens, wie der Partner-Administrator sie verwaltet.

## Teamseite
team-title = Team
team-lead = Mitarbeiter von { $company }, die das Portal nutzen.
team-saved = Änderungen gespeichert.
team-col-name = Name
team-col-role = Rolle
team-col-status = Status
team-col-last-sign-in = Letzte Anmeldung
team-col-actions = Aktionen
team-you = (Sie)
team-never = Nie
team-edit = Bearbeiten
team-name-of = Name von { $name }
team-role-of = Rolle von { $name }
team-save = Speichern
team-enable = Aktivieren
team-disable = Deaktivieren

## Einladungen
team-invite-title = Teammitglied einladen
team-invite-lead = Die eingeladene Person erhält eine E-Mail mit einem Link, über den sie ihr Passwort festlegt.
team-invite-sent = Einladung gesendet.
team-invite-name = Name
team-invite-email = Geschäftliche E-Mail-Adresse
team-invite-role = Rolle
team-invite-sending = Wird gesendet…
team-invite-submit = Einladung senden

## Sichtbarkeit von Deals
team-visibility-title = Sichtbarkeit von Deals
team-visibility-lead = Partner-Administratoren sehen immer alle Deals des Unternehmens.
team-visibility-label = Partner-Benutzer
team-visibility-company = Alle sehen sämtliche Deals des Unternehmens
team-visibility-own = Partner-Benutzer sehen nur ihre eigenen Deals

## Fehler (beim Einladen, Bearbeiten und Deaktivieren von Personen, hier und in der Verwaltung)
team-error-role = Wählen Sie eine Rolle.
team-error-role-company = Diese Rolle passt nicht zu diesem Unternehmen.
team-error-email-taken = Für diese E-Mail-Adresse besteht bereits ein Konto.
team-error-disable-self = Sie können Ihr eigenes Konto nicht deaktivieren.
team-error-partner-role = Wählen Sie Partner-Administrator oder Partner-Benutzer.
team-error-own-admin = Sie können sich die Administratorrolle nicht selbst entziehen. Wenden Sie sich an einen anderen Administrator.
