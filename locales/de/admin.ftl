# Die Seiten der Hersteller-Administratoren für Mitarbeiter und E-Mail-Protokoll. (Die Reiter stehen in core.ftl.)

## Mitarbeiter
admin-staff-title = Herstellerteam
admin-staff-lead = Hersteller-Administratoren steuern das Programm; Channel-Manager betreuen die ihnen zugewiesenen Partnerunternehmen.
admin-col-name = Name
admin-col-role = Rolle
admin-col-status = Status
admin-col-last-sign-in = Letzte Anmeldung
admin-col-actions = Aktionen
admin-never = Nie
admin-enable = Aktivieren
admin-disable = Deaktivieren
admin-invite-title = Mitarbeiter einladen
admin-invite-sent = Einladung gesendet.
admin-invite-name = Name
admin-invite-email = Geschäftliche E-Mail-Adresse
admin-invite-role = Rolle
admin-invite-submit = Einladung senden

## E-Mail-Protokoll
admin-mail-title = E-Mail-Protokoll
admin-mail-lead = Jede E-Mail, die das Portal sendet, mit ihrem Zustellstatus. Anmeldelinks (Einladungen, Zurücksetzen von Passwörtern) sind hier ausgeblendet: Nur die Kopie des Empfängers enthält sie.
admin-mail-empty-title = Noch keine E-Mails
admin-mail-empty-text = Einladungen und E-Mails zum Zurücksetzen von Passwörtern erscheinen hier.
# $at: wann sie in die Warteschlange kam, in der Zeitzone des Lesers.
admin-mail-to = An { $to } · { $at }
# $error: was der Mailserver gemeldet hat; $attempt: die Zahl der bisherigen Versuche.
admin-mail-error = { $error } (Versuch { $attempt })
admin-mail-no-smtp = Nicht gesendet: Es ist kein SMTP-Server konfiguriert
admin-mail-status-pending = Wartet auf Versand
admin-mail-status-sent = Gesendet
admin-mail-status-logged = Im Entwicklungsprotokoll
admin-mail-status-failed = Nicht gesendet
