use leptos::prelude::*;

use super::app::use_session;
use crate::core::notice::Notice;

/// The messages about the user's data, each dismissable.
#[component]
pub fn Notices() -> impl IntoView {
    let session = use_session();
    view! {
        <div class="notices">
            <For each=move || session.notices.get() key=|notice: &Notice| notice.clone() let:notice>
                <NoticeView notice />
            </For>
        </div>
    }
}

#[component]
fn NoticeView(notice: Notice) -> impl IntoView {
    let session = use_session();
    let role = if notice.is_warning() {
        "alert"
    } else {
        "status"
    };
    let class = if notice.is_warning() {
        "notice warning"
    } else {
        "notice"
    };
    let text = {
        let notice = notice.clone();
        move || notice.text(session.lang.get())
    };
    view! {
        <div class=class role=role>
            <p>{text}</p>
            <button type="button" class="secondary" on:click=move |_| session.withdraw(&notice)>
                {move || session.texts().dismiss}
            </button>
        </div>
    }
}
