//! The Årshjul year view: the months side by side as columns, a `▼` on the ruler at
//! today, and each dated thing (`DD label`) under its month. A quarter fits an ordinary
//! terminal, half a year or the whole year wider ones ([`months_shown`]).
//!
//! Nothing rests on colour alone: today's month heading is reversed, overdue entries
//! carry a `!`, the selected entry is reversed, past ones are dimmed.

use chrono::{Datelike, NaiveDate};
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::Span;
use unicode_width::UnicodeWidthStr;

use crate::i18n::Lang;
use crate::ui::sanitize;
use crate::ui::theme::Theme;

/// One dated thing on the timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineEntry {
    /// When it happens or is due.
    pub date: NaiveDate,
    /// What it is, as stored (sanitised before drawing).
    pub label: String,
    /// Past its deadline and not done: drawn with a `!` and as an alert.
    pub overdue: bool,
    /// The entry the cursor is on: drawn in reverse video.
    pub selected: bool,
}

const MONTHS_NB: [&str; 12] = [
    "jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des",
];
const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The short name of a month (1–12; out of range is clamped).
fn month_name(lang: Lang, month: u32) -> &'static str {
    let i = (month.clamp(1, 12) - 1) as usize;
    lang.pick((MONTHS_NB[i], MONTHS_EN[i]))
}

/// How many months fit side by side: 3 (a quarter) below 120 columns, 6 below 180,
/// else 12.
pub fn months_shown(width: u16) -> u32 {
    match width {
        0..120 => 3,
        120..180 => 6,
        _ => 12,
    }
}

/// Each month's column inside `inner` as (x, width), equal widths with the last taking
/// the remainder, and the width of the `│` between them (0 when they do not fit).
fn columns(inner: Rect, count: u32) -> (Vec<(u16, u16)>, u16) {
    let n = u16::try_from(count.clamp(1, 12)).unwrap_or(1);
    let sep = u16::from(inner.width >= 2 * n - 1);
    let base = inner.width.saturating_sub(sep * (n - 1)) / n;
    let mut cols: Vec<_> = (0..n).map(|i| (inner.x + i * (base + sep), base)).collect();
    if let Some(last) = cols.last_mut() {
        last.1 = inner.right().saturating_sub(last.0);
    }
    (cols, sep)
}

/// `text` cut to `width` terminal cells, ending in `…` when cut. Whole graphemes only.
fn fit(text: &str, width: usize) -> String {
    let span = Span::raw(text);
    let graphemes: Vec<(&str, usize)> = span
        .styled_graphemes(Style::default())
        .map(|g| (g.symbol, g.symbol.width()))
        .collect();
    let cut = graphemes.iter().map(|g| g.1).sum::<usize>() > width;
    let room = if cut { width.saturating_sub(1) } else { width };
    let mut used = 0;
    let fits = |g: &&(&str, usize)| {
        used += g.1;
        used <= room
    };
    let mut out: String = graphemes.iter().take_while(fits).map(|g| g.0).collect();
    if cut && width > 0 {
        out.push('…');
    }
    out
}

/// Writes `text` at (x, y), cut to `width` cells.
fn put(buf: &mut Buffer, x: u16, y: u16, width: u16, text: &str, style: Style) {
    if width > 0 {
        let width = usize::from(width);
        buf.set_stringn(x, y, fit(text, width), width, style);
    }
}

/// Draws `year` from `first_month` for `months` months into `area`: a bordered block
/// titled with the year and period, a row of month names, a ruler with `▼` at today
/// (when today is shown) and each month's entries below it, sorted by date. Entries
/// outside the shown months are ignored; `months` is cut off at December. When a
/// column overflows, its last row says how many more there are, and the rows scroll so
/// the selected entry stays in sight. Safe for any area, however small.
#[allow(clippy::too_many_arguments)]
pub fn draw(
    frame: &mut Frame<'_>,
    area: Rect,
    entries: &[TimelineEntry],
    year: i32,
    first_month: u32,
    months: u32,
    today: NaiveDate,
    theme: &Theme,
    lang: Lang,
) {
    let area = area.intersection(frame.area());
    // At least one month, never past December.
    let first = first_month.clamp(1, 12);
    let count = months.clamp(1, 13 - first);
    let last = first + count - 1;
    let ends = [month_name(lang, first), month_name(lang, last)];
    let period = ends[..count.min(2) as usize].join("–");
    let title = Span::styled(format!(" {year} · {period} "), theme.heading());
    let block = theme.block(false).title(title);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.is_empty() {
        return;
    }
    let buf = frame.buffer_mut();
    let (cols, sep) = columns(inner, count);
    let ruler_y = inner.y + 1;
    if inner.height >= 2 {
        // The ruler joins the block's sides.
        buf[(inner.x - 1, ruler_y)].set_symbol("├");
        buf[(inner.right(), ruler_y)].set_symbol("┤");
    }
    if sep > 0 {
        for &(x, width) in &cols[..cols.len() - 1] {
            let x = x + width;
            for y in inner.y..inner.bottom() {
                let symbol = if y == ruler_y { "┼" } else { "│" };
                buf[(x, y)].set_symbol(symbol).set_style(theme.border());
            }
            // Join the top and bottom borders, but never through the title.
            for (y, joint) in [(area.y, "┬"), (area.bottom() - 1, "┴")] {
                if buf[(x, y)].symbol() == "─" {
                    buf[(x, y)].set_symbol(joint);
                }
            }
        }
    }
    let shows_today = today.year() == year && (first..=last).contains(&today.month());
    for (i, &(x, width)) in (0u32..).zip(&cols) {
        if width == 0 {
            continue;
        }
        let month = first + i;
        let is_today = shows_today && today.month() == month;
        // Month heading.
        let style = if is_today {
            buf.set_style(Rect::new(x, inner.y, width, 1), theme.selected());
            theme.selected()
        } else {
            theme.heading()
        };
        // One space of margin where the column can spare it.
        let (p, name) = (u16::from(width >= 6), month_name(lang, month));
        put(buf, x + p, inner.y, width - p, name, style);
        if inner.height < 2 {
            continue;
        }
        // Ruler, with today's marker.
        buf.set_string(x, ruler_y, "─".repeat(width.into()), theme.border());
        if is_today {
            ruler_marker(buf, Rect::new(x, ruler_y, width, 1), today, theme, lang);
        }
        // Entries.
        let mut items: Vec<&TimelineEntry> = entries
            .iter()
            .filter(|e| e.date.year() == year && e.date.month() == month)
            .collect();
        items.sort_by_key(|e| e.date);
        let top = ruler_y + 1;
        let rows = usize::from(inner.bottom().saturating_sub(top));
        if rows == 0 || items.is_empty() {
            continue;
        }
        // On overflow the last row counts the rest; the selected entry stays in sight.
        let n = if items.len() <= rows {
            items.len()
        } else {
            rows - 1
        };
        let selected = items.iter().position(|e| e.selected).unwrap_or(0);
        let start = (selected + 1).saturating_sub(n).min(items.len() - n);
        for (y, entry) in (top..).zip(&items[start..start + n]) {
            let style = entry_style(entry, today, theme);
            if entry.selected {
                buf.set_style(Rect::new(x, y, width, 1), style);
            }
            let mark = if entry.overdue { "!" } else { "" };
            let text = format!("{mark}{:02} {}", entry.date.day(), sanitize(&entry.label));
            put(buf, x + p, y, width - p, &text, style);
        }
        if n < items.len() {
            let text = format!("+{} {}", items.len() - n, lang.pick(("til", "more")));
            let y = top + u16::try_from(n).unwrap_or(u16::MAX);
            put(buf, x + p, y, width - p, &text, theme.dim());
        }
    }
}

/// The `▼` at today's place in its month's column (day of month scaled to the width),
/// with `i dag`/`today` after it, or before it, where there is room.
fn ruler_marker(buf: &mut Buffer, ruler: Rect, today: NaiveDate, theme: &Theme, lang: Lang) {
    let (x, y, width) = (ruler.x, ruler.y, ruler.width);
    // day0 < days, so the offset stays inside the column.
    let days = u32::from(today.num_days_in_month());
    let offset = u16::try_from(today.day0() * u32::from(width) / days).unwrap_or(0);
    put(buf, x + offset, y, 1, "▼", theme.focus());
    let label = lang.pick(("i dag", "today"));
    let len = u16::try_from(label.width()).unwrap_or(u16::MAX);
    if u32::from(offset) + 2 + u32::from(len) <= u32::from(width) {
        let text = format!(" {label}");
        put(buf, x + offset + 1, y, len + 1, &text, theme.focus());
    } else if offset > len {
        let text = format!("{label} ");
        put(buf, x + offset - len - 1, y, len + 1, &text, theme.focus());
    }
}

/// How an entry looks: selected reversed, overdue as an alert, past ones dimmed.
fn entry_style(entry: &TimelineEntry, today: NaiveDate, theme: &Theme) -> Style {
    match (entry.selected, entry.overdue) {
        (true, true) => theme.alert().patch(theme.selected()),
        (true, false) => theme.selected(),
        (false, true) => theme.alert(),
        _ if entry.date < today => theme.dim().add_modifier(Modifier::DIM),
        _ => Style::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::style::Color;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// An entry in 2026, neither overdue nor selected.
    fn entry(m: u32, d: u32, label: &str) -> TimelineEntry {
        let (date, label) = (day(2026, m, d), label.to_string());
        let (overdue, selected) = (false, false);
        TimelineEntry {
            date,
            label,
            overdue,
            selected,
        }
    }

    /// `value` changed by `change`.
    fn with<T>(mut value: T, change: impl FnOnce(&mut T)) -> T {
        change(&mut value);
        value
    }

    /// What to draw; today is 15 November 2026 unless changed.
    struct View<'a> {
        entries: &'a [TimelineEntry],
        first: u32,
        months: u32,
        today: NaiveDate,
        year: i32,
        color: bool,
        lang: Lang,
        /// Draw here instead of the whole frame.
        area: Option<Rect>,
    }

    fn view(entries: &[TimelineEntry], first: u32, months: u32) -> View<'_> {
        let today = day(2026, 11, 15);
        let (year, color, lang, area) = (2026, true, Lang::Nb, None);
        View {
            entries,
            first,
            months,
            today,
            year,
            color,
            lang,
            area,
        }
    }

    impl View<'_> {
        fn render(&self, w: u16, h: u16) -> Buffer {
            let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
            let theme = Theme { color: self.color };
            let (e, y, m, n, t) = (self.entries, self.year, self.first, self.months, self.today);
            let frame = terminal.draw(|f| {
                let area = self.area.unwrap_or(f.area());
                draw(f, area, e, y, m, n, t, &theme, self.lang);
            });
            frame.unwrap().buffer.clone()
        }
    }

    /// Row `y` as text, one symbol per cell.
    fn row(buf: &Buffer, y: u16) -> String {
        (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()
    }

    /// The cell column where `needle` starts in row `y`.
    fn find(buf: &Buffer, y: u16, needle: &str) -> Option<u16> {
        let line = row(buf, y);
        let byte = line.find(needle)?;
        u16::try_from(line[..byte].chars().count()).ok()
    }

    fn has(buf: &Buffer, x: u16, y: u16, modifier: Modifier) -> bool {
        buf[(x, y)].modifier.contains(modifier)
    }

    #[test]
    fn periods_and_widths() {
        let widths = [(0, 3), (80, 3), (119, 3), (120, 6), (179, 6), (180, 12)];
        for (width, months) in widths {
            assert_eq!(months_shown(width), months, "{width}");
        }
        let starts = [(11, 3, 10), (3, 3, 1), (4, 3, 4), (6, 6, 1), (7, 6, 7)];
        for (month, months, start) in starts.into_iter().chain([(12, 12, 1), (0, 0, 1)]) {
            assert_eq!(
                crate::domain::period_start(month, months),
                start,
                "{month} {months}"
            );
        }
    }

    #[test]
    fn quarter_headers_at_80() {
        let buf = view(&[], 10, 3).render(80, 10);
        let (cols, sep) = columns(Rect::new(1, 1, 78, 8), 3);
        assert_eq!(sep, 1);
        assert_eq!(cols, [(1, 25), (27, 25), (53, 26)]);
        for (name, &(x, _)) in ["okt", "nov", "des"].iter().zip(&cols) {
            assert_eq!(find(&buf, 1, name), Some(x + 1), "{}", row(&buf, 1));
        }
        assert_eq!((buf[(26, 1)].symbol(), buf[(26, 2)].symbol()), ("│", "┼"));
        assert!(row(&buf, 0).contains(" 2026 · okt–des "));
        let buf = with(view(&[], 10, 3), |v| v.lang = Lang::En).render(80, 10);
        assert!(row(&buf, 0).contains(" 2026 · Oct–Dec "));
        assert_eq!(find(&buf, 1, "Nov"), Some(28));
    }

    #[test]
    fn year_headers_at_200() {
        let buf = view(&[], 1, 12).render(200, 12);
        let (cols, _) = columns(Rect::new(1, 1, 198, 10), 12);
        for (name, &(x, _)) in MONTHS_NB.iter().zip(&cols) {
            assert_eq!(find(&buf, 1, name), Some(x + 1), "{name}: {}", row(&buf, 1));
        }
        assert_eq!(cols[11], (177, 22), "the last takes the rest");
        // Today's month (November) is reversed, the others not.
        assert!(has(&buf, cols[10].0, 1, Modifier::REVERSED));
        assert!(!has(&buf, cols[9].0, 1, Modifier::REVERSED));
    }

    #[test]
    fn today_marker_in_its_column() {
        let buf = view(&[], 10, 3).render(80, 10);
        // November: x 27, 25 wide; the 15th is day0 14 of 30 → 14·25/30 = 11.
        assert_eq!(find(&buf, 2, "▼"), Some(27 + 11), "{}", row(&buf, 2));
        assert!(row(&buf, 2).contains("▼ i dag"));
        // Near the month's end the label goes before the marker.
        let late = |v: &mut View| (v.today, v.lang) = (day(2026, 11, 30), Lang::En);
        let buf = with(view(&[], 10, 3), late).render(80, 10);
        assert_eq!(find(&buf, 2, "▼"), Some(27 + 24));
        assert!(row(&buf, 2).contains("today ▼"), "{}", row(&buf, 2));
        // Too low for a ruler: no marker on the bottom border.
        let buf = view(&[], 10, 3).render(80, 3);
        assert_eq!(find(&buf, 2, "▼"), None, "{}", row(&buf, 2));
        // Outside the shown months or year: no marker.
        for today in [day(2026, 1, 10), day(2025, 11, 15)] {
            let buf = with(view(&[], 10, 3), |v| v.today = today).render(80, 10);
            assert_eq!(find(&buf, 2, "▼"), None);
        }
    }

    #[test]
    fn labels_are_cut_with_ellipsis() {
        assert_eq!(fit("ae\u{301}bc", 3), "ae\u{301}…");
        assert_eq!(fit("日本語", 4), "日…");
        assert_eq!(fit("xe\u{301}", 2), "xe\u{301}");
        assert_eq!(fit("abc", 0), "");
        let long = [entry(10, 5, "Søknad om nasjonal behandlingstjeneste")];
        let buf = view(&long, 10, 3).render(40, 8);
        // October: x 1, 12 wide, text from x 2, 11 cells.
        assert_eq!(find(&buf, 3, "05 Søknad …"), Some(2), "{}", row(&buf, 3));
        assert_eq!(buf[(13, 3)].symbol(), "│");
    }

    #[test]
    fn overflow_says_how_many_more() {
        let many: Vec<_> = (1..=10)
            .map(|d| entry(11, d, &format!("ting {d}")))
            .collect();
        // 8 rows high: 4 entry rows, so 3 entries and "+7 til".
        let buf = view(&many[..4], 10, 3).render(80, 8);
        assert_eq!(find(&buf, 6, "04 ting 4"), Some(28), "exactly fits");
        let buf = view(&many, 10, 3).render(80, 8);
        assert_eq!(find(&buf, 3, "01 ting 1"), Some(28));
        assert_eq!(find(&buf, 5, "03 ting 3"), Some(28));
        assert_eq!(find(&buf, 6, "+7 til"), Some(28), "{}", row(&buf, 6));
        let buf = with(view(&many, 10, 3), |v| v.lang = Lang::En).render(80, 8);
        assert_eq!(find(&buf, 6, "+7 more"), Some(28));
        // The selected entry scrolls into sight.
        let picked = with(many.clone(), |m| m[8].selected = true);
        let buf = view(&picked, 10, 3).render(80, 8);
        assert_eq!(find(&buf, 5, "09 ting 9"), Some(28), "{}", row(&buf, 5));
    }

    #[test]
    fn entries_sorted_overdue_marked_others_ignored() {
        let entries = [
            entry(10, 20, "Møte"),
            with(entry(10, 3, "Frist"), |e| e.overdue = true),
            with(entry(10, 1, "I fjor"), |e| e.date = day(2025, 10, 1)),
            entry(2, 1, "Februar"),
            entry(11, 1, "Slett\x1b[2J"),
        ];
        let buf = view(&entries, 10, 3).render(80, 10);
        assert_eq!(find(&buf, 3, "!03 Frist"), Some(2), "{}", row(&buf, 3));
        assert_eq!(find(&buf, 4, "20 Møte"), Some(2));
        assert!(has(&buf, 2, 3, Modifier::BOLD));
        assert_eq!(buf[(2, 3)].fg, Color::Red);
        assert_eq!(find(&buf, 3, "01 Slett\u{FFFD}[2J"), Some(28));
        let all: String = (0..10).map(|y| row(&buf, y)).collect();
        assert!(!all.contains("I fjor") && !all.contains("Februar"));
    }

    #[test]
    fn no_color_still_shows_selection() {
        let past = entry(10, 2, "Før");
        let entries = [
            entry(12, 2, "Annen"),
            with(entry(12, 1, "Valgt"), |e| e.selected = true),
            with(past.clone(), |e| e.selected = true),
        ];
        let buf = with(view(&entries, 10, 3), |v| v.color = false).render(80, 10);
        assert_eq!(find(&buf, 3, "01 Valgt"), Some(54));
        assert!(has(&buf, 54, 3, Modifier::REVERSED));
        assert!(buf[(54, 4)].modifier.is_empty(), "later ones plain");
        let colourless = buf.content.iter().all(|c| c.fg == Color::Reset);
        assert!(colourless);
        // Past entries are dimmed without colour too, unless selected.
        assert!(has(&buf, 2, 3, Modifier::REVERSED) && !has(&buf, 2, 3, Modifier::DIM));
        let past = [past];
        let buf = with(view(&past, 10, 3), |v| v.color = false).render(80, 10);
        assert!(has(&buf, 2, 3, Modifier::DIM));
    }

    #[test]
    fn never_panics() {
        let mut entries: Vec<_> = (1..=12)
            .flat_map(|m| [1, 15, 28].map(|d| entry(m, d, "日本語 e\u{301} \x1b[2J")))
            .collect();
        entries[5].selected = true;
        entries[7].overdue = true;
        let periods = [(1, 12), (10, 3), (7, 6), (12, 12), (0, 0), (13, 99), (4, 1)];
        for (first, months) in periods {
            for today in [day(2026, 1, 1), day(2026, 12, 31), day(2026, 2, 28)] {
                let v = with(view(&entries, first, months), |v| v.today = today);
                for (w, h) in (0..=30).flat_map(|w| (0..=8).map(move |h| (w, h))) {
                    v.render(w, h);
                }
                v.render(200, 50);
            }
        }
        // An area reaching past the frame is cut to it.
        let beyond = Some(Rect::new(5, 3, 60, 30));
        with(view(&entries, 10, 3), |v| v.area = beyond).render(20, 10);
        for year in [i32::MIN, -1, 0, i32::MAX] {
            let v = with(view(&entries, 1, 12), |v| v.year = year);
            v.render(200, 50);
            v.render(7, 4);
        }
    }
}
