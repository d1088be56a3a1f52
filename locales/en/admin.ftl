# The vendor admin's staff and mail log pages. (The tabs are in core.ftl.)

## Staff
admin-staff-title = Vendor staff
admin-staff-lead = Vendor admins run the program; channel managers look after the partner companies assigned to them.
admin-col-name = Name
admin-col-role = Role
admin-col-status = Status
admin-col-last-sign-in = Last sign-in
admin-col-actions = Actions
admin-never = Never
admin-enable = Enable
admin-disable = Disable
admin-invite-title = Invite staff
admin-invite-sent = Invitation sent.
admin-invite-name = Name
admin-invite-email = Work e-mail
admin-invite-role = Role
admin-invite-submit = Send invitation

## Mail log
admin-mail-title = Mail log
admin-mail-lead = Every e-mail the portal sends, with its delivery status. Sign-in links (invitations, password resets) are hidden here: only the recipient's copy has them.
admin-mail-empty-title = No mail yet
admin-mail-empty-text = Invitations and password resets will appear here.
# $at: when it was queued, in the reader's time zone.
admin-mail-to = To { $to } · { $at }
# $error: what the mail server said; $attempt: how many tries so far.
admin-mail-error = { $error } (attempt { $attempt })
admin-mail-no-smtp = Not sent: no SMTP server is configured
admin-mail-status-pending = Waiting to send
admin-mail-status-sent = Sent
admin-mail-status-logged = In the development log
admin-mail-status-failed = Not sent
