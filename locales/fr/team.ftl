# Les membres d'une entreprise partenaire, tels que son administrateur partenaire les gère.

## Team page
team-title = Équipe
team-lead = Les personnes de { $company } qui utilisent le portail.
team-saved = Modifications enregistrées.
team-col-name = Nom
team-col-role = Rôle
team-col-status = Statut
team-col-last-sign-in = Dernière connexion
team-col-actions = Actions
team-you = (vous)
team-never = Jamais
team-edit = Modifier
team-name-of = Nom ({ $name })
team-role-of = Rôle ({ $name })
team-save = Enregistrer
team-enable = Activer
team-disable = Désactiver

## Invitations
team-invite-title = Inviter un collègue
team-invite-lead = Votre collègue reçoit un e-mail avec un lien pour définir son mot de passe.
team-invite-sent = Invitation envoyée.
team-invite-name = Nom
team-invite-email = E-mail professionnel
team-invite-role = Rôle
team-invite-sending = Envoi…
team-invite-submit = Envoyer l'invitation

## Deal visibility
team-visibility-title = Visibilité des opportunités
team-visibility-lead = Les administrateurs partenaires voient toujours toutes les opportunités de l'entreprise.
team-visibility-label = Utilisateurs partenaires
team-visibility-company = Chacun voit toutes les opportunités de l'entreprise
team-visibility-own = Les utilisateurs partenaires ne voient que leurs propres opportunités

## Errors (inviting, editing and disabling people, here and in the admin pages)
team-error-role = Choisissez un rôle.
team-error-role-company = Ce rôle ne correspond pas à cette entreprise.
team-error-email-taken = Un compte existe déjà pour cette adresse e-mail.
team-error-disable-self = Vous ne pouvez pas désactiver votre propre compte.
team-error-partner-role = Choisissez administrateur partenaire ou utilisateur partenaire.
team-error-own-admin = Vous ne pouvez pas retirer votre propre rôle d'administrateur. Demandez-le à un autre administrateur.
