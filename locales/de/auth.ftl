# Anmeldung, Passwörter und Einladungen.

field-email = E-Mail
field-password = Passwort
password-hint = Mindestens 8 Zeichen. Lange Passphrasen sind willkommen.
auth-back-to-sign-in = Zurück zur Anmeldung

login-title = Anmelden
login-lead = Deals, Budgets, Schulungen und Ihre Einnahmen – alles an einem Ort.
login-submit = Anmelden
login-forgot = Passwort vergessen?
login-notice-reset = Ihr Passwort wurde geändert. Melden Sie sich mit dem neuen Passwort an.
login-notice-unlocked = Dieser Browser kann sich jetzt anmelden, unabhängig davon, was anderswo geschieht. Melden Sie sich mit Ihrem Passwort an.
login-notice-signed-out = Sie sind abgemeldet.

forgot-title = Passwort zurücksetzen
forgot-lead = Wir senden Ihnen per E-Mail einen Link, mit dem Sie ein neues Passwort festlegen können.
forgot-sent = Falls für diese Adresse ein Konto besteht, ist ein Link zum Zurücksetzen unterwegs. Er kann einmal verwendet werden und ist eine Stunde lang gültig.
forgot-submit = Link zum Zurücksetzen senden

unlock-title = Mit diesem Browser anmelden
unlock-lead = Wegen fehlgeschlagener Anmeldeversuche von anderer Stelle werden Anmeldungen bei Ihrem Konto derzeit verzögert. Hiermit kann sich dieser Browser trotzdem mit Ihrem Passwort anmelden.
unlock-submit = Anmeldung mit diesem Browser zulassen
unlock-foot = Die Anmeldeversuche stammen nicht von Ihnen? Ihr Passwort wurde nicht geändert, und niemand hat sich Zugang verschafft.
unlock-foot-link = Ein neues Passwort festzulegen ist trotzdem empfehlenswert.

reset-title = Neues Passwort festlegen
reset-password = Neues Passwort
reset-confirm = Neues Passwort wiederholen
reset-submit = Neues Passwort speichern

invitation-title = Einladung annehmen
invitation-lead-partner = Sie treten { $company } im Partnerportal als { $email } bei.
invitation-lead-staff = Sie treten dem Herstellerteam als { $email } bei.
invitation-name = Ihr Name
invitation-password = Passwort festlegen
invitation-confirm = Passwort wiederholen
invitation-submit = Beitreten und anmelden
invitation-invalid-title = Diese Einladung ist ungültig
invitation-invalid-lead = Der Link ist abgelaufen oder wurde bereits verwendet. Bitten Sie Ihren Administrator, eine neue Einladung zu senden.
invitation-go-sign-in = Zur Anmeldung

## Anmelde- und Passwortfehler
auth-error-email = Geben Sie Ihre E-Mail-Adresse ein.
auth-error-password = Geben Sie Ihr Passwort ein.
auth-error-bad-login = Diese E-Mail-Adresse und dieses Passwort passen zu keinem aktiven Konto.
auth-error-locked = { $minutes ->
    [one] Zu viele fehlgeschlagene Anmeldeversuche. Versuchen Sie es in { $minutes } Minute erneut.
   *[other] Zu viele fehlgeschlagene Anmeldeversuche. Versuchen Sie es in { $minutes } Minuten erneut.
}
auth-error-slowed = { $seconds ->
    [one] Bei diesem Konto gab es viele fehlgeschlagene Anmeldeversuche; zu seinem Schutz werden Anmeldungen daher verzögert. Versuchen Sie es in { $seconds } Sekunde erneut. Wenn es Ihr Konto ist, können Sie sich über den Link in der E-Mail, die wir Ihnen gesendet haben, in diesem Browser sofort anmelden.
   *[other] Bei diesem Konto gab es viele fehlgeschlagene Anmeldeversuche; zu seinem Schutz werden Anmeldungen daher verzögert. Versuchen Sie es in { $seconds } Sekunden erneut. Wenn es Ihr Konto ist, können Sie sich über den Link in der E-Mail, die wir Ihnen gesendet haben, in diesem Browser sofort anmelden.
}
auth-error-reset-limit = { $minutes ->
    [one] Zu viele Anfragen zum Zurücksetzen des Passworts. Versuchen Sie es in { $minutes } Minute erneut.
   *[other] Zu viele Anfragen zum Zurücksetzen des Passworts. Versuchen Sie es in { $minutes } Minuten erneut.
}
auth-error-confirm = Die beiden Passwörter stimmen nicht überein.
auth-error-expired-link = Dieser Link ist abgelaufen oder wurde bereits verwendet. Fordern Sie einen neuen an.
