//! What the app tells the user in a line of its own (a link refused, saving off, an assessment
//! added): each stays until dismissed.

use leptos::prelude::*;

use super::session::use_session;

/// Notices are few and rare: the list is drawn again when one comes or goes.
#[component]
pub fn Notices() -> impl IntoView {
    let session = use_session();
    let screen = session.screen;
    view! {
        <div class="notices">
            {move || {
                // (Drawn again in another language too: a notice says what it says in it.)
                let lang = session.language();
                let t = session.t();
                screen
                    .notices
                    .get()
                    .into_iter()
                    .map(|notice| {
                        let warning = notice.is_warning();
                        let text = notice.text(lang);
                        view! {
                            <div
                                class=if warning { "notice warning" } else { "notice" }
                                role=if warning { "alert" } else { "status" }
                            >
                                <p>{text}</p>
                                <button
                                    type="button"
                                    class="secondary"
                                    on:click=move |_| screen.withdraw(&notice)
                                >
                                    {t.dismiss}
                                </button>
                            </div>
                        }
                    })
                    .collect_view()
            }}
        </div>
    }
}
