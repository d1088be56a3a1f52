# E-mails liés à un compte : réinitialisations de mot de passe, liens de déblocage, invitations.
# Les corps sont en texte brut ; conservez les lignes vides entre les paragraphes.

## Password reset
mail-reset-subject = Réinitialisation de votre mot de passe du portail partenaires
mail-reset-body = Bonjour { $name },

    Quelqu'un a demandé la réinitialisation du mot de passe de votre compte sur le portail partenaires.
    Choisissez un nouveau mot de passe ici (le lien ne sert qu'une fois et expire dans { $minutes } minutes) :
    { $link }

    Si vous n'êtes pas à l'origine de cette demande, ignorez cet e-mail ; votre mot de passe reste inchangé.

## Unlock link (after many failed sign-ins)
mail-unlock-subject = Nombreuses tentatives de connexion échouées sur votre compte du portail partenaires
mail-unlock-body = Bonjour { $name },

    De nombreuses tentatives de connexion à votre compte du portail partenaires ont échoué ; la connexion à ce compte est donc ralentie pour le moment. Si ce n'était pas vous, quelqu'un essaie peut-être de deviner votre mot de passe ; il n'a pas été modifié et personne n'a accédé à votre compte.

    Pour vous connecter dès maintenant, ouvrez ce lien dans votre propre navigateur (il ne sert qu'une fois et expire dans { $minutes } minutes) :
    { $link }

    Ce navigateur pourra alors se connecter avec votre mot de passe malgré le ralentissement. Les navigateurs que vous avez déjà utilisés pour vous connecter ne sont pas ralentis.

## Invitation
mail-invitation-subject = Invitation au portail partenaires
mail-invitation-body-partner = Bonjour { $name },

    Vous avez reçu une invitation à rejoindre le portail partenaires pour { $company }.

    Définissez votre mot de passe et connectez-vous ici (le lien ne sert qu'une fois et expire dans { $hours } heures) :
    { $link }

    Si vous ne vous attendiez pas à cette invitation, vous pouvez ignorer cet e-mail.
mail-invitation-body-staff = Bonjour { $name },

    Vous avez reçu une invitation à rejoindre le portail partenaires en tant que membre de l'équipe du fournisseur.

    Définissez votre mot de passe et connectez-vous ici (le lien ne sert qu'une fois et expire dans { $hours } heures) :
    { $link }

    Si vous ne vous attendiez pas à cette invitation, vous pouvez ignorer cet e-mail.
