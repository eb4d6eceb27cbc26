//! The review form over the whole screen: the report on top; the checklist on the left
//! (code, answer, `✎` for a comment, `*` for a draft waiting, the question); on the
//! right the selected item's question and comment, the assessment and the follow-ups
//! (or the follow-up form in their place); the keys of the part with the cursor and
//! the last message below. The part with the keyboard has a marked border and a `▶` in
//! its title, so it reads without colour.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, List, ListItem, ListState, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use crate::app::{App, FollowUpForm, ReviewForm, Section, TextField, TextTarget};
use crate::domain::Code;
use crate::i18n::{Lang, ReviewMsg, label};
use crate::ui::sanitize;
use crate::ui::theme::Theme;

/// The widest answer label ("Ikke relevant"), for the checklist's column.
const ANSWER_W: usize = 13;

/// Draws the review form over `area`.
pub fn draw(frame: &mut Frame<'_>, area: Rect, app: &App, theme: &Theme) {
    let Some(form) = app.state.review() else {
        return;
    };
    let lang = app.state.lang;
    let r = &form.review;
    frame.render_widget(Clear, area);
    let [title, body, keys, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(6),
        Constraint::Length(2),
        Constraint::Length(1),
    ])
    .areas(area);
    let head = lang.rvf(
        ReviewMsg::Title,
        &[
            &r.year,
            &label(lang, r.status),
            &sanitize(&crate::domain::short_name(&r.unit)),
            &r.region.code(),
        ],
    );
    frame.render_widget(Paragraph::new(Span::styled(head, theme.heading())), title);
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(body);
    items(frame, left, form, lang, theme);
    // The follow-ups keep room for the form on a low screen.
    let h = right.height;
    let rest = h.saturating_sub(if form.form().is_some() { 6 } else { 3 });
    let comment_h = (h / 3).max(5).min(rest * 55 / 100);
    let assess_h = (h / 4).max(4).min(rest - comment_h);
    let [comment, assessment, follow_ups] = Layout::vertical([
        Constraint::Length(comment_h),
        Constraint::Length(assess_h),
        Constraint::Min(3),
    ])
    .areas(right);
    comment_box(frame, comment, form, lang, theme);
    assessment_box(frame, assessment, form, lang, theme);
    match form.form() {
        Some(f) => form_box(frame, follow_ups, f, lang, theme),
        None => follow_up_box(frame, follow_ups, form, lang, theme),
    }
    let key_text = if form.form().is_some() {
        ReviewMsg::KeysForm
    } else if form.text().is_some() {
        ReviewMsg::KeysText
    } else if form.section == Section::FollowUps {
        ReviewMsg::KeysFollowUps
    } else {
        ReviewMsg::KeysItems
    };
    frame.render_widget(
        Paragraph::new(Span::styled(lang.rv(key_text), theme.dim())).wrap(Wrap { trim: true }),
        keys,
    );
    if let Some(msg) = &app.state.message {
        let (style, mark) = if msg.is_error {
            (theme.alert(), "! ")
        } else {
            (Style::default(), "")
        };
        frame.render_widget(
            Paragraph::new(Span::styled(
                format!("{mark}{}", sanitize(&msg.text)),
                style,
            )),
            status,
        );
    }
}

/// The item's question in the UI language.
fn question(lang: Lang, item: &crate::store::ReviewItem) -> &str {
    match lang {
        Lang::Nb => &item.text_nb,
        Lang::En => &item.text_en,
    }
}

/// A box whose border and title say whether it has the keyboard.
fn boxed(theme: &Theme, title: String, focused: bool) -> Block<'static> {
    let mark = if focused { "▶ " } else { "" };
    theme
        .block(focused)
        .title(format!(" {mark}{} ", sanitize(&title)))
}

fn items(frame: &mut Frame<'_>, area: Rect, form: &ReviewForm, lang: Lang, theme: &Theme) {
    let r = &form.review;
    let focused = form.section == Section::Items && form.text().is_none() && form.form().is_none();
    let title = lang.rvf(ReviewMsg::Checklist, &[&r.answered(), &r.items.len()]);
    let mut block = boxed(theme, title, focused);
    if let Some(name) = &r.checklist {
        block = block.title_bottom(Span::styled(format!(" {} ", sanitize(name)), theme.dim()));
    }
    if r.items.is_empty() {
        let text = lang.rvf(ReviewMsg::NoChecklist, &[&r.year]);
        frame.render_widget(
            Paragraph::new(text).block(block).wrap(Wrap { trim: true }),
            area,
        );
        return;
    }
    let rows: Vec<ListItem> = r
        .items
        .iter()
        .map(|i| {
            let answer = i.answer.map_or("–", |a| label(lang, a));
            let pad = " ".repeat(ANSWER_W.saturating_sub(answer.width()));
            let draft = form.has_draft(&ReviewForm::comment_field(&i.code));
            let mark = match (i.comment.trim().is_empty(), draft) {
                (_, true) => "*",
                (false, false) => lang.rv(ReviewMsg::CommentMark),
                (true, false) => " ",
            };
            let question = question(lang, i);
            ListItem::new(Line::from(vec![
                Span::styled(format!("{} ", sanitize(&i.code)), theme.heading()),
                Span::raw(format!("{answer}{pad} {mark} ")),
                Span::raw(sanitize(question).into_owned()),
            ]))
        })
        .collect();
    let highlight = if focused {
        theme.selected()
    } else {
        Style::default().add_modifier(ratatui::style::Modifier::BOLD)
    };
    let list = List::new(rows)
        .block(block)
        .highlight_style(highlight)
        .highlight_symbol("›");
    let mut state = ListState::default().with_selected(Some(form.item));
    frame.render_stateful_widget(list, area, &mut state);
}

/// A text field's editor in `area`, or the saved text when it is not open.
fn text_or_field(frame: &mut Frame<'_>, area: Rect, field: Option<&TextField>, saved: &str) {
    match field {
        Some(field) => {
            let mut widget = field.area.clone();
            widget.set_cursor_line_style(Style::default());
            frame.render_widget(&widget, area);
        }
        None => {
            let lines: Vec<Line> = saved
                .lines()
                .map(|l| Line::from(sanitize(l).into_owned()))
                .collect();
            frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
        }
    }
}

fn comment_box(frame: &mut Frame<'_>, area: Rect, form: &ReviewForm, lang: Lang, theme: &Theme) {
    let item = form.review.items.get(form.item);
    let field = form
        .text()
        .filter(|t| matches!(t.target, TextTarget::Comment(_)));
    let code = item.map(|i| i.code.as_str()).unwrap_or_default();
    let block = boxed(
        theme,
        lang.rvf(ReviewMsg::Comment, &[&code]),
        field.is_some(),
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(item) = item else {
        return;
    };
    let question = sanitize(question(lang, item)).into_owned();
    let width = inner.width.max(1);
    let need = u16::try_from(question.width())
        .unwrap_or(u16::MAX)
        .div_ceil(width)
        .clamp(1, 3)
        .min(inner.height.saturating_sub(1));
    let [q, text] = Layout::vertical([Constraint::Length(need), Constraint::Min(1)]).areas(inner);
    frame.render_widget(
        Paragraph::new(Span::styled(question, theme.dim())).wrap(Wrap { trim: true }),
        q,
    );
    let shown = form
        .drafts
        .get(&ReviewForm::comment_field(&item.code))
        .unwrap_or(&item.comment);
    text_or_field(frame, text, field, shown);
}

fn assessment_box(frame: &mut Frame<'_>, area: Rect, form: &ReviewForm, lang: Lang, theme: &Theme) {
    let field = form.text().filter(|t| t.target == TextTarget::Assessment);
    let draft = form.drafts.get("assessment");
    let title = format!(
        "{}{}",
        lang.rv(ReviewMsg::Assessment),
        if draft.is_some() { " *" } else { "" }
    );
    let block = boxed(theme, title, field.is_some());
    let inner = block.inner(area);
    frame.render_widget(block, area);
    text_or_field(
        frame,
        inner,
        field,
        draft.unwrap_or(&form.review.assessment),
    );
}

fn follow_up_box(frame: &mut Frame<'_>, area: Rect, form: &ReviewForm, lang: Lang, theme: &Theme) {
    let r = &form.review;
    let focused = form.section == Section::FollowUps && form.text().is_none();
    let title = lang.rvf(ReviewMsg::FollowUps, &[&r.open_follow_ups()]);
    let block = boxed(theme, title, focused);
    if r.follow_ups.is_empty() {
        frame.render_widget(
            Paragraph::new(Span::styled(lang.rv(ReviewMsg::NoFollowUps), theme.dim()))
                .block(block)
                .wrap(Wrap { trim: true }),
            area,
        );
        return;
    }
    let width = usize::from(area.width.saturating_sub(2)).max(8);
    let rows: Vec<ListItem> = r
        .follow_ups
        .iter()
        .map(|f| {
            let mut facts = vec![f.owner.map_or("?", Code::code).to_string()];
            if let Some(d) = f.due_on {
                facts.push(lang.date(d));
            }
            if let Some(code) = &f.item_code {
                facts.push(sanitize(code).into_owned());
            }
            let text = format!(
                "[{}] {} ({})",
                if f.done { "x" } else { " " },
                sanitize(&f.text),
                facts.join(", ")
            );
            ListItem::new(
                wrap(&text, width, "    ")
                    .into_iter()
                    .map(Line::from)
                    .collect::<Vec<_>>(),
            )
        })
        .collect();
    let highlight = if focused {
        theme.selected()
    } else {
        Style::default()
    };
    let list = List::new(rows).block(block).highlight_style(highlight);
    let mut state = ListState::default().with_selected(focused.then_some(form.follow_up));
    frame.render_stateful_widget(list, area, &mut state);
}

fn form_box(frame: &mut Frame<'_>, area: Rect, f: &FollowUpForm, lang: Lang, theme: &Theme) {
    let title = lang.rv(if f.id.is_some() {
        ReviewMsg::EditFollowUp
    } else {
        ReviewMsg::NewFollowUp
    });
    let block = boxed(theme, title.to_string(), true);
    let labels = [
        ReviewMsg::FieldText,
        ReviewMsg::FieldOwner,
        ReviewMsg::FieldDue,
        ReviewMsg::FieldItem,
    ];
    let label_w = labels
        .iter()
        .map(|l| lang.rv(*l).width())
        .max()
        .unwrap_or(0)
        + 2;
    let mut lines = Vec::new();
    for (i, l) in labels.iter().enumerate() {
        let name = lang.rv(*l);
        let focused = i == f.focus;
        let pad = " ".repeat(label_w.saturating_sub(name.width()));
        let value = match (i, f.fields[i].as_str()) {
            (3, "") => lang.rv(ReviewMsg::NoItem).to_string(),
            (_, v) => sanitize(v).into_owned(),
        };
        let mut spans = vec![Span::styled(
            format!("{name}{pad}"),
            if focused { theme.focus() } else { theme.dim() },
        )];
        match (i, focused) {
            (1 | 3, true) => spans.push(Span::styled(format!("‹ {value} ›"), theme.focus())),
            (_, true) => {
                spans.push(Span::raw(value));
                spans.push(Span::styled("▏", theme.focus()));
            }
            _ => spans.push(Span::raw(value)),
        }
        lines.push(Line::from(spans));
    }
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        area,
    );
}

/// Breaks `text` into lines of at most `width` columns at spaces (a word longer than a
/// line is cut); lines after the first start with `indent`.
fn wrap(text: &str, width: usize, indent: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let room = width.saturating_sub(line.width());
        let gap = usize::from(!line.trim().is_empty());
        if !line.trim().is_empty() && word.width() + gap > room {
            lines.push(std::mem::replace(&mut line, indent.to_string()));
        }
        if !line.is_empty() && !line.ends_with(' ') && !line.trim().is_empty() {
            line.push(' ');
        }
        for c in word.chars() {
            if line.width() + c.to_string().width() > width {
                lines.push(std::mem::replace(&mut line, indent.to_string()));
            }
            line.push(c);
        }
    }
    lines.push(line);
    lines
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wraps_at_spaces_and_cuts_long_words() {
        assert_eq!(
            wrap("[ ] Be om plan (HV)", 10, "  "),
            ["[ ] Be om", "  plan", "  (HV)"]
        );
        assert_eq!(wrap("abcdefghij", 4, ""), ["abcd", "efgh", "ij"]);
        assert_eq!(wrap("kort", 10, "  "), ["kort"]);
    }
}
