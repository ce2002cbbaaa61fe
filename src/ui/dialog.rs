use leptos::html::Dialog;
use leptos::prelude::*;

/// A modal confirmation: the native `<dialog>` gives focus trapping and Escape for free.
#[component]
pub fn ConfirmDialog(
    open: RwSignal<bool>,
    /// Prefix for the ids that name and describe the dialog.
    id: &'static str,
    #[prop(into)] title: Signal<&'static str>,
    #[prop(into)] body: Signal<&'static str>,
    #[prop(into)] confirm: Signal<&'static str>,
    #[prop(into)] cancel: Signal<&'static str>,
    on_confirm: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    let dialog = NodeRef::<Dialog>::new();
    Effect::new(move || {
        let wanted = open.get();
        if let Some(dialog) = dialog.get() {
            if wanted && !dialog.open() {
                let _ = dialog.show_modal();
            } else if !wanted && dialog.open() {
                dialog.close();
            }
        }
    });
    let title_id = format!("{id}-title");
    let body_id = format!("{id}-body");
    let (labelled_by, described_by) = (title_id.clone(), body_id.clone());
    view! {
        <dialog
            node_ref=dialog
            aria-labelledby=labelled_by
            aria-describedby=described_by
            on:close=move |_| open.set(false)
        >
            <h2 id=title_id>{title}</h2>
            <p id=body_id>{body}</p>
            <div class="dialog-actions">
                <button type="button" class="secondary" on:click=move |_| open.set(false)>
                    {cancel}
                </button>
                <button
                    type="button"
                    class="danger"
                    on:click=move |_| {
                        on_confirm();
                        open.set(false);
                    }
                >
                    {confirm}
                </button>
            </div>
        </dialog>
    }
}
