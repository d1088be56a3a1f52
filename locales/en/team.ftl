# A partner company's people, as its partner admin manages them.

## Team page
team-title = Team
team-lead = People of { $company } who use the portal.
team-saved = Changes saved.
team-col-name = Name
team-col-role = Role
team-col-status = Status
team-col-last-sign-in = Last sign-in
team-col-actions = Actions
team-you = (you)
team-never = Never
team-edit = Edit
team-name-of = Name of { $name }
team-role-of = Role of { $name }
team-save = Save
team-enable = Enable
team-disable = Disable

## Invitations
team-invite-title = Invite a colleague
team-invite-lead = They get an e-mail with a link to set their password.
team-invite-sent = Invitation sent.
team-invite-name = Name
team-invite-email = Work e-mail
team-invite-role = Role
team-invite-sending = Sending…
team-invite-submit = Send invitation

## Deal visibility
team-visibility-title = Deal visibility
team-visibility-lead = Partner admins always see every deal of the company.
team-visibility-label = Partner users
team-visibility-company = Everyone sees all company deals
team-visibility-own = Partner users see only their own deals

## Errors (inviting, editing and disabling people, here and in the admin pages)
team-error-role = Choose a role.
team-error-role-company = That role does not fit this company.
team-error-email-taken = Someone with this e-mail address already has an account.
team-error-disable-self = You cannot disable your own account.
team-error-partner-role = Choose partner admin or partner user.
team-error-own-admin = You cannot remove your own admin role. Ask another admin.
