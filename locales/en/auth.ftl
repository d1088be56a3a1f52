# Signing in, passwords and invitations.

field-email = E-mail
field-password = Password
password-hint = At least 8 characters. Long passphrases are welcome.
auth-back-to-sign-in = Back to sign in

login-title = Sign in
login-lead = Deals, funds, training and your money, in one place.
login-submit = Sign in
login-forgot = Forgot your password?
login-notice-reset = Your password was changed. Sign in with the new one.
login-notice-unlocked = This browser may sign in now, whatever happens elsewhere. Sign in with your password.
login-notice-signed-out = You are signed out.

forgot-title = Reset your password
forgot-lead = We will e-mail you a link to choose a new password.
forgot-sent = If an account exists for that address, a reset link is on its way. It works once and expires in an hour.
forgot-submit = Send reset link

unlock-title = Sign in from this browser
unlock-lead = Failed sign-in attempts from elsewhere slowed your account down. This lets this browser sign in with your password anyway.
unlock-submit = Let this browser sign in
unlock-foot = Not you trying to sign in? Your password was not changed and nobody got in.
unlock-foot-link = Choosing a new password is still a good idea.

reset-title = Choose a new password
reset-password = New password
reset-confirm = Repeat the new password
reset-submit = Save new password

invitation-title = Accept your invitation
invitation-lead-partner = You are joining { $company } on the partner portal as { $email }.
invitation-lead-staff = You are joining the vendor team as { $email }.
invitation-name = Your name
invitation-password = Choose a password
invitation-confirm = Repeat the password
invitation-submit = Join and sign in
invitation-invalid-title = This invitation is not valid
invitation-invalid-lead = The link has expired or was already used. Ask your administrator to send a new invitation.
invitation-go-sign-in = Go to sign in

## Sign-in and password errors
auth-error-email = Enter your e-mail address.
auth-error-password = Enter your password.
auth-error-bad-login = That e-mail and password do not match an active account.
auth-error-locked = { $minutes ->
    [one] Too many failed sign-in attempts. Try again in { $minutes } minute.
   *[other] Too many failed sign-in attempts. Try again in { $minutes } minutes.
}
auth-error-slowed = { $seconds ->
    [one] This account has had many failed sign-in attempts, so signing in is slowed down to protect it. Try again in { $seconds } second. If it is your account, the e-mail we sent you lets this browser sign in now.
   *[other] This account has had many failed sign-in attempts, so signing in is slowed down to protect it. Try again in { $seconds } seconds. If it is your account, the e-mail we sent you lets this browser sign in now.
}
auth-error-reset-limit = { $minutes ->
    [one] Too many password reset requests. Try again in { $minutes } minute.
   *[other] Too many password reset requests. Try again in { $minutes } minutes.
}
auth-error-confirm = The two passwords are not the same.
auth-error-expired-link = This link has expired or was already used. Ask for a new one.
