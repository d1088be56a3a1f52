# Connexion, mots de passe et invitations.

field-email = E-mail
field-password = Mot de passe
password-hint = Au moins 8 caractères. Les phrases de passe longues sont les bienvenues.
auth-back-to-sign-in = Retour à la connexion

login-title = Connexion
login-lead = Opportunités, fonds, formations et vos revenus, au même endroit.
login-submit = Se connecter
login-forgot = Mot de passe oublié ?
login-notice-reset = Votre mot de passe a été modifié. Connectez-vous avec le nouveau.
login-notice-unlocked = Ce navigateur peut désormais se connecter, quoi qu'il se passe ailleurs. Connectez-vous avec votre mot de passe.
login-notice-signed-out = Vous avez bien été déconnecté.

forgot-title = Réinitialiser votre mot de passe
forgot-lead = Nous allons vous envoyer par e-mail un lien pour choisir un nouveau mot de passe.
forgot-sent = Si un compte existe pour cette adresse, un lien de réinitialisation vient d'y être envoyé. Il ne peut servir qu'une fois et expire au bout d'une heure.
forgot-submit = Envoyer le lien de réinitialisation

unlock-title = Se connecter depuis ce navigateur
unlock-lead = Des tentatives de connexion échouées depuis un autre endroit ont ralenti l'accès à votre compte. Vous pouvez malgré tout autoriser ce navigateur à se connecter avec votre mot de passe.
unlock-submit = Autoriser ce navigateur à se connecter
unlock-foot = Ce n'est pas vous qui tentiez de vous connecter ? Votre mot de passe n'a pas été modifié et personne n'a accédé à votre compte.
unlock-foot-link = Choisir un nouveau mot de passe reste toutefois une bonne idée.

reset-title = Choisir un nouveau mot de passe
reset-password = Nouveau mot de passe
reset-confirm = Confirmez le nouveau mot de passe
reset-submit = Enregistrer le nouveau mot de passe

invitation-title = Accepter votre invitation
invitation-lead-partner = Vous rejoignez { $company } sur le portail partenaires en tant que { $email }.
invitation-lead-staff = Vous rejoignez l'équipe du fournisseur en tant que { $email }.
invitation-name = Votre nom
invitation-password = Choisissez un mot de passe
invitation-confirm = Confirmez le mot de passe
invitation-submit = Rejoindre et se connecter
invitation-invalid-title = Cette invitation n'est pas valide
invitation-invalid-lead = Le lien a expiré ou a déjà été utilisé. Demandez à votre administrateur de vous envoyer une nouvelle invitation.
invitation-go-sign-in = Aller à la connexion

## Sign-in and password errors
auth-error-email = Saisissez votre adresse e-mail.
auth-error-password = Saisissez votre mot de passe.
auth-error-bad-login = Cette adresse e-mail et ce mot de passe ne correspondent à aucun compte actif.
auth-error-locked = { $minutes ->
    [one] Trop de tentatives de connexion échouées. Réessayez dans { $minutes } minute.
   *[other] Trop de tentatives de connexion échouées. Réessayez dans { $minutes } minutes.
}
auth-error-slowed = { $seconds ->
    [one] Ce compte a fait l'objet de nombreuses tentatives de connexion échouées ; la connexion est donc ralentie pour le protéger. Réessayez dans { $seconds } seconde. S'il s'agit de votre compte, l'e-mail que nous vous avons envoyé permet à ce navigateur de se connecter dès maintenant.
   *[other] Ce compte a fait l'objet de nombreuses tentatives de connexion échouées ; la connexion est donc ralentie pour le protéger. Réessayez dans { $seconds } secondes. S'il s'agit de votre compte, l'e-mail que nous vous avons envoyé permet à ce navigateur de se connecter dès maintenant.
}
auth-error-reset-limit = { $minutes ->
    [one] Trop de demandes de réinitialisation du mot de passe. Réessayez dans { $minutes } minute.
   *[other] Trop de demandes de réinitialisation du mot de passe. Réessayez dans { $minutes } minutes.
}
auth-error-confirm = Les deux mots de passe ne sont pas identiques.
auth-error-expired-link = Ce lien a expiré ou a déjà été utilisé. Demandez-en un nouveau.
