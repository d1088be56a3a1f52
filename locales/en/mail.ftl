# E-mails about an account: password resets, unlock links, invitations.
# Bodies are plain text; keep the blank lines between paragraphs.

## Password reset
mail-reset-subject = Reset your partner portal password
mail-reset-body = Hello { $name },

    Someone asked to reset the password of your partner portal account.
    Choose a new password here (the link works once and expires in { $minutes } minutes):
    { $link }

    If it was not you, ignore this e-mail; your password stays as it is.

## Unlock link (after many failed sign-ins)
mail-unlock-subject = Many failed sign-ins to your partner portal account
mail-unlock-body = Hello { $name },

    There have been many failed attempts to sign in to your partner portal account, so signing in to it is slowed down for now. If that was not you, someone may be guessing your password; it has not been changed, and nobody got in.

    To sign in now, open this link in your own browser (it works once and expires in { $minutes } minutes):
    { $link }

    It lets that browser sign in with your password despite the slowdown. Browsers you have signed in from before are not slowed down.

## Invitation
mail-invitation-subject = You are invited to the partner portal
mail-invitation-body-partner = Hello { $name },

    You have been invited to the partner portal for { $company }.

    Set your password and sign in here (the link works once and expires in { $hours } hours):
    { $link }

    If you did not expect this, you can ignore this e-mail.
mail-invitation-body-staff = Hello { $name },

    You have been invited to the partner portal as vendor staff.

    Set your password and sign in here (the link works once and expires in { $hours } hours):
    { $link }

    If you did not expect this, you can ignore this e-mail.
