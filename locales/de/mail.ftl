# E-Mails zu einem Konto: Zurücksetzen des Passworts, Entsperr-Links, Einladungen.
# Die Texte sind reiner Text; die Leerzeilen zwischen den Absätzen bleiben erhalten.

## Passwort zurücksetzen
mail-reset-subject = Passwort für das Partnerportal zurücksetzen
mail-reset-body = Guten Tag { $name },

    für Ihr Konto im Partnerportal wurde das Zurücksetzen des Passworts angefordert.
    Legen Sie hier ein neues Passwort fest (der Link kann einmal verwendet werden und ist { $minutes } Minuten lang gültig):
    { $link }

    Falls Sie das nicht waren, ignorieren Sie diese E-Mail; Ihr Passwort bleibt unverändert.

## Entsperr-Link (nach vielen fehlgeschlagenen Anmeldungen)
mail-unlock-subject = Viele fehlgeschlagene Anmeldeversuche bei Ihrem Konto im Partnerportal
mail-unlock-body = Guten Tag { $name },

    bei Ihrem Konto im Partnerportal gab es viele fehlgeschlagene Anmeldeversuche, daher werden Anmeldungen vorerst verzögert. Falls Sie das nicht waren, versucht möglicherweise jemand, Ihr Passwort zu erraten; es wurde nicht geändert, und niemand hat sich Zugang verschafft.

    Um sich sofort anzumelden, öffnen Sie diesen Link in Ihrem eigenen Browser (er kann einmal verwendet werden und ist { $minutes } Minuten lang gültig):
    { $link }

    Damit kann sich dieser Browser trotz der Verzögerung mit Ihrem Passwort anmelden. Browser, mit denen Sie sich schon früher angemeldet haben, werden nicht verzögert.

## Einladung
mail-invitation-subject = Einladung zum Partnerportal
mail-invitation-body-partner = Guten Tag { $name },

    Sie wurden für { $company } zum Partnerportal eingeladen.

    Legen Sie hier Ihr Passwort fest und melden Sie sich an (der Link kann einmal verwendet werden und ist { $hours } Stunden lang gültig):
    { $link }

    Falls Sie diese Einladung nicht erwartet haben, können Sie diese E-Mail ignorieren.
mail-invitation-body-staff = Guten Tag { $name },

    Sie wurden als Mitglied des Herstellerteams zum Partnerportal eingeladen.

    Legen Sie hier Ihr Passwort fest und melden Sie sich an (der Link kann einmal verwendet werden und ist { $hours } Stunden lang gültig):
    { $link }

    Falls Sie diese Einladung nicht erwartet haben, können Sie diese E-Mail ignorieren.
