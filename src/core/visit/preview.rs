//! When the previews of the embed builder and of the profile designer — the app in two
//! frames — show the next address. Not at every key: once typing has paused. And not while
//! the app in a frame is still loading: a frame sent elsewhere then cuts its own requests short
//! (Firefox reports each in the console), and on a slow phone a preview sent elsewhere at every
//! pause would never finish. A frame whose app never says it is ready (its code failed to load)
//! is waited for only so long.

/// The frames of a preview: a phone's width and a desktop's.
pub const FRAMES: usize = 2;

/// What the preview frames show, and what they will show next.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Previews {
    shown: String,
    due: String,
    loading: [bool; FRAMES],
}

impl Previews {
    /// The frames opening `address`: each is loading.
    pub fn new(address: String) -> Self {
        Self {
            due: address.clone(),
            shown: address,
            loading: [true; FRAMES],
        }
    }

    /// The address the frames show.
    pub fn shown(&self) -> &str {
        &self.shown
    }

    /// Typing has paused at `address`: the frames show it as soon as they are all ready.
    pub fn paused_at(&mut self, address: String) {
        self.due = address;
        self.advance();
    }

    /// The app in frame `frame` has said it is ready. A frame not among them is ignored.
    pub fn ready(&mut self, frame: usize) {
        if let Some(loading) = self.loading.get_mut(frame) {
            *loading = false;
        }
        self.advance();
    }

    /// The frames have had their time to load: whatever they still do is not waited for.
    pub fn waited_enough(&mut self) {
        self.loading = [false; FRAMES];
        self.advance();
    }

    fn advance(&mut self) {
        if self.due != self.shown && !self.loading.contains(&true) {
            self.shown = self.due.clone();
            self.loading = [true; FRAMES];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opening() -> Previews {
        Previews::new("?embed&preview".to_string())
    }

    #[test]
    fn an_address_typed_while_the_frames_load_waits_for_both() {
        let mut previews = opening();
        previews.paused_at("?embed&preview&lang=nl".to_string());
        assert_eq!(previews.shown(), "?embed&preview");
        previews.ready(0);
        assert_eq!(previews.shown(), "?embed&preview");
        previews.ready(1);
        assert_eq!(previews.shown(), "?embed&preview&lang=nl");
    }

    #[test]
    fn once_ready_the_next_address_shows_at_the_pause_and_they_load_again() {
        let mut previews = opening();
        previews.ready(0);
        previews.ready(1);
        previews.paused_at("?embed&preview&lang=de".to_string());
        assert_eq!(previews.shown(), "?embed&preview&lang=de");
        previews.paused_at("?embed&preview&lang=nl".to_string());
        assert_eq!(
            previews.shown(),
            "?embed&preview&lang=de",
            "the German frames still load"
        );
        previews.ready(1);
        previews.ready(0);
        assert_eq!(
            previews.shown(),
            "?embed&preview&lang=nl",
            "the last address typed"
        );
    }

    #[test]
    fn typing_back_to_what_is_shown_loads_nothing() {
        let mut previews = opening();
        previews.paused_at("?embed&preview&lang=nl".to_string());
        previews.paused_at("?embed&preview".to_string());
        previews.ready(0);
        previews.ready(1);
        assert_eq!(previews.shown(), "?embed&preview");
        previews.paused_at("?embed&preview".to_string());
        assert_eq!(previews, {
            let mut ready = opening();
            ready.ready(0);
            ready.ready(1);
            ready
        });
    }

    #[test]
    fn a_frame_that_never_says_it_is_ready_is_waited_for_only_so_long() {
        let mut previews = opening();
        previews.ready(0);
        previews.paused_at("?embed&preview&lang=nl".to_string());
        assert_eq!(previews.shown(), "?embed&preview");
        previews.waited_enough();
        assert_eq!(previews.shown(), "?embed&preview&lang=nl");
        // A late word from a frame of no use, or from none of them, changes nothing.
        previews.ready(7);
        assert_eq!(previews.shown(), "?embed&preview&lang=nl");
    }
}
