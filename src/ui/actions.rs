//! A page's actions as one value: the server actions a detail page offers
//! (approve, reject, withdraw, ...) declared once, created together, and
//! counted together, so the page's data reloads after any of them
//! completes: `Resource::new(move || (id(), acts.done()), ..)`.

/// Declares a `Copy` struct of server actions with `default()` (each
/// action created) and `done()` (how many completions so far, read reactively):
///
/// ```ignore
/// page_actions! { pub struct DealActs { decide: DealDecide, close: DealClose } }
/// ```
macro_rules! page_actions {
    ($(#[$meta:meta])* $vis:vis struct $name:ident { $($field:ident: $fun:ty),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy)]
        $vis struct $name {
            $(pub $field: ::leptos::prelude::ServerAction<$fun>,)+
        }

        impl Default for $name {
            /// Every action, created for this page.
            fn default() -> Self {
                Self { $($field: ::leptos::prelude::ServerAction::new(),)+ }
            }
        }

        impl $name {

            /// How many times the page's actions have completed; a
            /// resource keyed on it reloads after each one.
            pub fn done(&self) -> usize {
                use ::leptos::prelude::Get;
                0 $(+ self.$field.version().get())+
            }
        }
    };
}

pub(crate) use page_actions;
