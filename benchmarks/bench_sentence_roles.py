"""Does the multilingual model's reading of a sentence's role help the deterministic parsers decide
which dates are application deadlines and which kinds of organisation may apply? Measured on the dev
pages, every threshold fitted by cross-validation by document. README.md (Performance) has the figures.

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python benchmarks/bench_sentence_roles.py \
        [--shared ../shared] [--part deadlines|applicants|both]

Issue 9 asks whether a sentence's role (for a date: application deadline, report, processing,
payout, project period, news, an earlier round; for a kind of organisation: applicant, target group,
partner, excluded, administrator, past recipient) is better read with the model, by similarity of
the sentence to a few general role descriptions in nb, nn, sv, da and en (ROLES, APPLICANT_ROLES:
written for this, not taken from the pages), together with the parsers than by the parsers alone.
The margin is how much more a sentence reads like the wanted role than like the nearest other one.

Deadlines. The labelled set: every date the project's own date finding sees in a deadline unit
(knowledge.deadlines.deadline_units: a sentence, or a label with its value lines) on each page of the
seeds and ../shared/corpus that a question asks the deadline of. A date is positive when its day is
one of the deadlines the questions about that page expect (all of them: a page with several calls
has several); pages whose questions expect no deadline give only negatives. Scored as the
evaluation scores a deadline question (the page's set of days exactly right), and per day.

Who may apply. (page, kind) pairs: a kind a question expects, or a profile of that kind an
eligibility case lets through the applicant rule (eligible, or turned down for something else), may
apply; a kind an eligibility case turns down for its type may not; other kinds are left out (the
questions name what they ask about, not every kind that may apply). A pair's margin is the best over
the sentences naming the kind (knowledge.applicant_words.noun_spans).

Policies, on top of the parser (knowledge.deadlines, knowledge.applicants) and, as a stand-in for
pages the parsers' cue lists were not grown on, of a crude parser (a date in a unit with a deadline
or applying word; a kind named in a sentence about applying):

- ``veto``: drop what the parser took when its sentence's margin is below the fitted one;
- ``rescue``: add what it left when the margin is above the fitted one;
- ``rescue-if-none`` (deadlines): the same, only on pages where the parser found none;
- ``veto+rescue``: both margins;
- ``tie-break`` (deadlines): a page with several deadline days keeps those within the fitted
  distance of its most deadline-like one;
- ``any named`` (who may apply): every kind some sentence names, without the model (the control for
  a rescue).

Folds group by page (GroupKFold, 5 folds): a margin fitted on four fifths of the pages is scored on
the other fifth, and only those held-out figures are printed. Each fold also picks the text embedded
(a date's unit, its heading and unit, or the clause around it; a sentence, or its heading and the
sentence) and e5's prefix for the role descriptions. A fit that ties on the training pages takes
the margin that changes the fewest decisions. Also printed: how well the model tells the roles
apart on its own (AUC of logistic models on the role similarities, and on the raw embeddings as an
upper bound of what any descriptions could draw from them), and the parsers' remaining errors.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GroupKFold

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from knowledge import deadline_cues as cues  # noqa: E402
from knowledge.dates import DateMention, find_dates  # noqa: E402
from knowledge.deadlines import Unit, deadline_mentions, deadline_units, resolve_deadlines  # noqa: E402
from knowledge.documents import build_document  # noqa: E402
from knowledge.loaders import load_file  # noqa: E402
from knowledge.models import Document  # noqa: E402
from knowledge.years import YearContext, infer_year  # noqa: E402

# General descriptions of what a dated sentence can be about, written for this benchmark (not taken
# from the pages): the first role is the one we look for, the others are what it is confused with.
ROLES: dict[str, list[str]] = {
    "application_deadline": [
        "Søknadsfrist: søknaden om tilskudd må være sendt inn innen denne datoen.",
        "Søknadsfristen for tilskotet: søknaden må vere send inn innan denne datoen.",
        "Sista dag att ansöka om bidraget: ansökan ska ha kommit in senast detta datum.",
        "Ansøgningsfrist: ansøgningen om tilskud skal være indsendt senest denne dato.",
        "Application deadline: applications for the grant must be submitted by this date.",
    ],
    "report": [
        "Rapporteringsfrist: tilskuddsmottakeren skal sende rapport og regnskap for bruken av midlene.",
        "Frist for rapportering: mottakaren skal sende rapport og rekneskap for bruken av tilskotet.",
        "Redovisning: den som fått bidrag ska lämna en slutrapport om hur pengarna har använts.",
        "Frist for afrapportering: tilskudsmodtageren skal indsende rapport og regnskab for midlerne.",
        "Reporting deadline: grant recipients must submit a final report and accounts on the use of funds.",
    ],
    "processing": [
        "Behandlingstid: søknadene blir behandlet og vedtak om tildeling sendes ut.",
        "Søknadene vert handsama og svar på søknaden kjem innan ein viss dato.",
        "Beslut om bidrag: ansökningarna handläggs och beslut meddelas.",
        "Behandling af ansøgninger: der gives svar på ansøgningen og besked om tilsagn.",
        "Processing time: applications are assessed and decisions on funding are announced.",
    ],
    "payment": [
        "Utbetaling av tilskuddet til mottakeren.",
        "Utbetaling av tilskotet skjer etter at rapporten er godkjend.",
        "Utbetalning av beviljat bidrag.",
        "Udbetaling af tilskuddet til modtageren.",
        "Payment of the grant to the recipient.",
    ],
    "project_period": [
        "Prosjektperioden: tiltaket skal gjennomføres og midlene brukes i denne perioden.",
        "Tiltaket skal gjennomførast i denne perioden.",
        "Projektperioden: projektet ska genomföras och pengarna användas under denna tid.",
        "Projektperioden: projektet skal gennemføres i denne periode.",
        "Project period: the activities must be carried out and the funds spent within this period.",
    ],
    "event_or_news": [
        "Publisert eller sist oppdatert denne datoen; nyhet om et arrangement, et webinar eller et møte.",
        "Informasjonsmøte og webinar om ordninga; påmelding til arrangementet.",
        "Publicerad eller uppdaterad; nyhet om en konferens, ett webbinarium eller ett informationsmöte.",
        "Offentliggjort eller opdateret; nyhed om et arrangement, et webinar eller et informationsmøde.",
        "Published or last updated on this date; news about an event, a webinar or an information meeting.",
    ],
    "earlier_round": [
        "Tidligere søknadsrunder og tildelinger fra forrige år.",
        "Tildelingar i tidlegare år.",
        "Tidigare utlysningar och beviljade bidrag förra året.",
        "Tidligere ansøgningsrunder og bevillinger sidste år.",
        "Previous calls and grants awarded last year.",
    ],
}
TEXT_KINDS = ("unit", "heading+unit", "clause")
# what the fit chooses from: the text embedded for a date, and the role descriptions' e5 prefix
VARIANTS = tuple(f"{k} ({p})" for k in TEXT_KINDS for p in ("passage", "query"))
FOLDS = 5


@dataclass
class Candidate:
    page: int
    unit: Unit
    mention: DateMention  # positioned in the whole text
    day: str | None  # ISO day as resolved with the parser's year context, None when no year settles it
    parser: bool
    naive: bool  # a cruder parser: any date in a unit with a deadline or applying word
    label: bool
    texts: dict[str, str]


@dataclass
class Page:
    doc: Document
    gold: frozenset[str]


def load_pages(shared: Path) -> list[Page]:
    """Every page a question asks the deadline of, with the union of the deadlines expected."""
    gold: dict[str, set[str]] = {}
    for name in ("dev-questions.jsonl", "corpus-questions.jsonl"):
        for line in (shared / "eval" / name).read_text(encoding="utf-8").splitlines():
            q = json.loads(line) if line.strip() else {}
            exp, src = q.get("expect", {}), q.get("source")
            if src and ("deadlines" in exp or exp.get("no_deadlines")):
                gold.setdefault(src, set()).update(exp.get("deadlines", []))
    pages = []
    for src in sorted(gold):
        path = next(p for p in (shared / "corpus" / src, shared / "seeds" / src) if p.exists())
        pages.append(Page(build_document(load_file(path)), frozenset(gold[src])))
    return pages


def _clause(text: str, d: DateMention) -> str:
    """The words around a date up to the sentence's punctuation: the date's own statement."""
    stops = ".;!?\n"
    a = max(text.rfind(c, 0, max(d.start - 1, 0)) for c in stops) + 1
    ends = [i for i in (text.find(c, d.end) for c in stops) if i >= 0]
    b = min(ends, default=len(text))
    # a date at the very start of a line ("15. mars: søknadsfrist") keeps the line after it
    return text[max(a, d.start - 120) : min(b + 1, d.end + 120)].strip()


def candidates(pages: list[Page]) -> list[Candidate]:
    out: list[Candidate] = []
    for i, page in enumerate(pages):
        doc = page.doc
        units = deadline_units(doc.text)
        chosen = [(u, m) for u in units for m in deadline_mentions(u)]
        ctx = YearContext.of(doc.text, doc.published, [m for _, m in chosen])
        picked = {m.start for _, m in chosen}
        for u in units:
            for d in find_dates(u.text):
                m = DateMention(d.start + u.start, d.end + u.start, d.day, d.month, d.year, d.weekday)
                year = m.year or infer_year(m, u, ctx)
                day = m.on(year) if year else None
                iso = day.isoformat() if day else None
                heading = f"{u.heading}\n{u.text}" if u.heading else u.text
                texts = {"unit": u.text, "heading+unit": heading, "clause": _clause(u.text, d)}
                naive = bool(cues.STRONG.search(u.text) or cues.FRIST.search(u.text) or cues.APPLY.search(u.text))
                out.append(Candidate(i, u, m, iso, m.start in picked, naive, iso in page.gold, texts))
    return out


def role_features(cands: list[Candidate]) -> dict[str, np.ndarray]:
    """Per text kind: each date's cosine similarity to each role (the best of its descriptions)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from retrieval.embeddings import load_embedder
    from settings import Settings

    embedder = load_embedder(Settings())
    descriptions = [(r, t) for r, ts in ROLES.items() for t in ts]
    # e5 reads "passage: " and "query: " differently; the role descriptions are tried as either
    role_vecs = {
        "passage": _normed(embedder.embed_documents([t for _, t in descriptions])),
        "query": _normed([embedder.embed_query(t) for _, t in descriptions]),
    }
    out = {}
    for kind in TEXT_KINDS:
        texts = [c.texts[kind] for c in cands]
        unique = list(dict.fromkeys(texts))
        vecs = dict(zip(unique, _normed(embedder.embed_documents(unique)), strict=True))
        emb = np.stack([vecs[t] for t in texts])
        out["raw " + kind] = emb
        for prefix, roles in role_vecs.items():
            sims = emb @ roles.T
            out[f"{kind} ({prefix})"] = np.stack(
                [sims[:, [j for j, (r, _) in enumerate(descriptions) if r == role]].max(axis=1) for role in ROLES],
                axis=1,
            )
    return out


def _normed(vectors: list[list[float]]) -> np.ndarray:
    a = np.asarray(vectors, dtype=np.float64)
    return a / np.linalg.norm(a, axis=1, keepdims=True)


def margin(features: np.ndarray) -> np.ndarray:
    """How much more a sentence reads like an application deadline than like any other role."""
    return features[:, 0] - features[:, 1:].max(axis=1)


# --- policies: which dates are deadlines, given the parser's choice and each date's margin --------


def accept(
    policy: str, params: tuple, cands: list[Candidate], score: np.ndarray, idx: np.ndarray, base: str = "parser"
) -> set[int]:
    veto_at, rescue_at, within = params
    chosen = {int(i) for i in idx if getattr(cands[i], base)}
    if policy == "tie-break" and within is not None:
        # a page with several deadline days keeps those whose sentence reads nearly as much like an
        # application deadline as its most deadline-like one
        best: dict[int, float] = {}
        for i in chosen:
            best[cands[i].page] = max(best.get(cands[i].page, -1.0), score[i])
        days: dict[int, set] = defaultdict(set)
        for i in chosen:
            days[cands[i].page].add(cands[i].day)
        chosen = {i for i in chosen if len(days[cands[i].page]) < 2 or score[i] >= best[cands[i].page] - within}
    if policy in ("veto", "veto+rescue") and veto_at is not None:
        chosen = {i for i in chosen if score[i] >= veto_at}
    if policy in ("rescue", "veto+rescue", "rescue-if-none") and rescue_at is not None:
        with_parser = {cands[i].page for i in idx if getattr(cands[i], base)}
        for i in idx:
            c = cands[i]
            if getattr(c, base) or c.day is None or score[i] < rescue_at:
                continue
            if policy == "rescue-if-none" and c.page in with_parser:
                continue
            chosen.add(int(i))
    return chosen


def page_sets(chosen: set[int], cands: list[Candidate], pages_idx: set[int]) -> dict[int, set[str]]:
    """Fast per-page sets from each date's resolved day (used while fitting)."""
    out: dict[int, set[str]] = {p: set() for p in pages_idx}
    for i in chosen:
        if cands[i].day:
            out[cands[i].page].add(cands[i].day)
    return out


def exact_sets(chosen: set[int], cands: list[Candidate], pages: list[Page], pages_idx: set[int]) -> dict[int, set[str]]:
    """Per-page sets as the project resolves them (knowledge.deadlines.resolve_deadlines)."""
    by_page: dict[int, list] = defaultdict(list)
    for i in sorted(chosen, key=lambda i: cands[i].mention.start):
        by_page[cands[i].page].append((cands[i].unit, cands[i].mention))
    return {p: {f.date.isoformat() for f in resolve_deadlines(pages[p].doc, by_page[p])} for p in pages_idx}


def fit(
    policy: str, cands: list[Candidate], feats: dict[str, np.ndarray], pages: list[Page], idx: np.ndarray, base: str
):
    """The text kind and margins that get most training pages exactly right (fewest changes on ties)."""
    pages_idx = {cands[i].page for i in idx}
    best = None
    for kind in VARIANTS:
        score = margin(feats[kind])
        grid = [None, *np.unique(np.quantile(score[idx], np.linspace(0, 1, 81)))]
        vetoes = grid if policy in ("veto", "veto+rescue") else [None]
        rescues = grid if policy in ("rescue", "veto+rescue", "rescue-if-none") else [None]
        withins = [None, *np.linspace(0.0, 0.05, 26)] if policy == "tie-break" else [None]
        for v, r, t in itertools.product(vetoes, rescues, withins):
            chosen = accept(policy, (v, r, t), cands, score, idx, base)
            sets = page_sets(chosen, cands, pages_idx)
            right = sum(sets[p] == pages[p].gold for p in pages_idx)
            changed = len(chosen ^ {int(i) for i in idx if getattr(cands[i], base)})
            key = (right, -changed)
            if best is None or key > best[0]:
                best = (key, kind, (v, r, t))
    return best[1], best[2]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    ap.add_argument("--part", choices=("deadlines", "applicants", "both"), default="both")
    args = ap.parse_args()
    if args.part == "applicants":
        return compare_applicants(args.shared)
    t0 = time.perf_counter()
    pages = load_pages(args.shared)
    cands = candidates(pages)
    t1 = time.perf_counter()
    feats = role_features(cands)
    t2 = time.perf_counter()
    print(f"{len(pages)} pages ({sum(bool(p.gold) for p in pages)} with a deadline), {len(cands)} dated "
          f"candidates ({sum(c.label for c in cands)} on an expected deadline day); parsing {t1 - t0:.1f} s, "
          f"embedding {len(cands) * len(TEXT_KINDS)} texts {t2 - t1:.1f} s")

    groups = np.array([c.page for c in cands])
    y = np.array([c.label for c in cands])
    lang = {p: pages[p].doc.language for p in range(len(pages))}
    folds = list(GroupKFold(n_splits=FOLDS).split(y, y, groups))

    for base in ("parser", "naive"):
        _compare(base, cands, feats, pages, folds, lang)
    if args.part == "deadlines":
        return _deadline_diagnostics(cands, feats, pages, folds)
    _deadline_diagnostics(cands, feats, pages, folds)
    compare_applicants(args.shared)


def _deadline_diagnostics(cands: list[Candidate], feats: dict, pages: list[Page], folds: list) -> None:
    groups = np.array([c.page for c in cands])
    y = np.array([c.label for c in cands])
    parser = np.array([c.parser for c in cands])
    all_pages = set(range(len(pages)))

    # The model on its own, per date with a day (a date without one can be no deadline whatever its role).
    # A date is labelled by its day, so a deadline day repeated in another sentence counts as positive.
    dated = np.array([c.day is not None for c in cands])
    print(f"\nPer date with a day ({int(dated.sum())} dates), held-out folds; a probability above 0.5 is a deadline:")
    print(f"{'':34}{'AUC':>6}{'TP':>5}{'FP':>5}{'FN':>5}")
    yd, pd_ = y[dated], parser[dated]
    print(f"{'parser':34}{'':>6}{int((pd_ & yd).sum()):>5}{int((pd_ & ~yd).sum()):>5}{int((~pd_ & yd).sum()):>5}")
    rows = [(f"roles {v}", feats[v], False) for v in VARIANTS]
    rows += [(f"parser + roles {v}", feats[v], True) for v in VARIANTS if v.startswith("clause")]
    rows += [(f"learned from raw e5 {k}", feats["raw " + k], False) for k in TEXT_KINDS]
    rows += [(f"parser + raw e5 {k}", feats["raw " + k], True) for k in TEXT_KINDS]
    for name, X, with_parser in rows:
        X = X[dated]
        if with_parser:
            X = np.column_stack([X, pd_ * 4.0])
        prob = np.zeros(len(yd))
        for train, test in GroupKFold(n_splits=FOLDS).split(X, yd, groups[dated]):
            clf = LogisticRegression(C=1.0, max_iter=2000).fit(X[train], yd[train])
            prob[test] = clf.predict_proba(X[test])[:, 1]
        pred = prob > 0.5
        print(f"{name:34}{roc_auc_score(yd, prob):>6.3f}{int((pred & yd).sum()):>5}{int((pred & ~yd).sum()):>5}"
              f"{int((~pred & yd).sum()):>5}")
    best = np.array(list(ROLES))[feats["clause (passage)"].argmax(axis=1)]
    print("\nnearest role (clause), dates that are not deadlines:", dict(Counter(best[~y]).most_common()))
    print("nearest role (clause), dates that are deadlines:    ", dict(Counter(best[y]).most_common()))

    chosen = exact_sets({i for i, c in enumerate(cands) if c.parser}, cands, pages, all_pages)
    base_right = {p for p in all_pages if chosen[p] == pages[p].gold}
    print("\nThe parser's wrong pages, with each date's margin (clause, passage; rank among all dates):")
    score = margin(feats["clause (passage)"])
    order = score.argsort().argsort()
    for p in sorted(all_pages - base_right):
        print(f"  {pages[p].doc.source}: parser {sorted(chosen[p])}, expected {sorted(pages[p].gold)}")
        for i in np.flatnonzero(groups == p):
            c = cands[i]
            print(f"    {c.day or '?':10} parser={int(c.parser)} expected={int(c.label)} margin {score[i]:+.3f} "
                  f"(rank {order[i] + 1}/{len(cands)}) {c.texts['clause'][:90]!r}")


def _compare(base: str, cands: list[Candidate], feats: dict, pages: list[Page], folds: list, lang: dict) -> None:
    """Held-out page and day figures of ``base`` alone and with each role policy on top of it."""
    all_pages = set(range(len(pages)))
    sets: dict[str, dict[int, set[str]]] = {
        base: exact_sets({i for i, c in enumerate(cands) if getattr(c, base)}, cands, pages, all_pages)
    }
    picks: dict[str, list] = {}
    for policy in ("veto", "rescue", "rescue-if-none", "veto+rescue", "tie-break"):
        name = f"{base}+{policy}"
        sets[name], picks[name] = {}, []
        for train, test in folds:
            kind, params = fit(policy, cands, feats, pages, train, base)
            picks[name].append((kind, params))
            chosen = accept(policy, params, cands, margin(feats[kind]), test, base)
            sets[name].update(exact_sets(chosen, cands, pages, {cands[i].page for i in test}))
        for p in all_pages - set(sets[name]):  # a page with no dated candidate: nothing to change
            sets[name][p] = sets[base][p]

    base_right = {p for p in all_pages if sets[base][p] == pages[p].gold}
    langs = sorted(set(lang.values()))
    print(f"\nPages with exactly the expected deadline days (held-out folds), {len(pages)} pages, on the {base}:")
    print(f"{'':22}{'all':>9}" + "".join(f"{lg:>9}" for lg in langs) + "   won lost   days TP  FP  FN")
    for name, got in sets.items():
        right = {p for p in all_pages if got[p] == pages[p].gold}
        per = "".join(f"{sum(lang[p] == lg for p in right):>4}/{sum(lang[p] == lg for p in all_pages):<4}"
                      for lg in langs)
        tp = sum(len(got[p] & pages[p].gold) for p in all_pages)
        fp = sum(len(got[p] - pages[p].gold) for p in all_pages)
        fn = sum(len(pages[p].gold - got[p]) for p in all_pages)
        won, lost = len(right - base_right), len(base_right - right)
        print(f"{name:22}{len(right):>4}/{len(pages):<4}{per}   {won:>3} {lost:>4}   {tp:>7} {fp:>3} {fn:>3}")
    for name, ps in picks.items():
        print(f"  {name}, fitted per fold (text (role prefix), veto margin, rescue margin, tie-break within): "
              + "; ".join(f"{k} {_f(v)} {_f(r)} {_f(t)}" for k, (v, r, t) in ps))


# --- who may apply: applicant, target group or partner ---------------------------------------------

# General descriptions of what a sentence naming a kind of organisation or person can say about it,
# written for this benchmark: the first role is the applicant, the others what it is confused with.
APPLICANT_ROLES: dict[str, list[str]] = {
    "applicant": [
        "Hvem kan søke: disse kan søke om tilskudd og stå som søker.",
        "Kven kan søkje: desse kan søkje om tilskot og vere søkjar.",
        "Vem kan söka: bidraget kan sökas av dessa sökande.",
        "Hvem kan søge: ansøgerkredsen er dem der kan søge om tilskud.",
        "Who can apply: these are the eligible applicants for the grant.",
    ],
    "target_group": [
        "Målgruppe: tiltaket skal komme disse menneskene til gode.",
        "Målgruppa for tiltaket er dei som skal få hjelp og tilbod.",
        "Målgrupp: insatsen riktar sig till de personer som ska få stöd.",
        "Målgruppe: indsatsen skal gavne disse borgere og deres familier.",
        "Target group: the people the project is meant to help and benefit.",
    ],
    "partner": [
        "Søkeren må samarbeide med disse, som deltar som partnere i prosjektet.",
        "Prosjektet skal gjennomførast i samarbeid med desse samarbeidspartane.",
        "Projektet ska genomföras i samverkan med dessa, som kan delta som projektparter.",
        "Projektet skal gennemføres i samarbejde med disse partnere.",
        "The applicant must work together with these partners in the project.",
    ],
    "excluded": [
        "Disse kan ikke søke, og det gis ikke tilskudd til dem.",
        "Desse kan ikkje søkje, og det blir ikkje gitt tilskot til dei.",
        "Bidraget kan inte sökas av dessa och de kan inte få stöd.",
        "Der gives ikke tilskud til disse, og de kan ikke søge.",
        "These are not eligible and cannot apply for the grant.",
    ],
    "administrator": [
        "Direktoratet forvalter ordningen, behandler søknadene og fordeler midlene.",
        "Statsforvaltaren forvaltar ordninga og handsamar søknadene.",
        "Myndigheten fördelar bidraget och handlägger ansökningarna.",
        "Styrelsen administrerer puljen og behandler ansøgningerne.",
        "The agency administers the scheme and assesses the applications.",
    ],
    "awarded": [
        "Disse har fått tildelt tilskudd tidligere år.",
        "Desse fekk tilskot i fjor.",
        "Dessa beviljades bidrag förra året.",
        "Disse modtog tilskud sidste år.",
        "These received grants in previous years.",
    ],
}
APPLICANT_TEXTS = ("sentence", "heading+sentence")


@dataclass
class Pair:
    """A kind of applicant on a page, with what the questions and eligibility cases say of it."""

    page: int
    code: str
    label: bool
    parser: bool
    naive: bool  # a cruder reader: the kind is named in a sentence about applying
    quote: str | None  # the parser's quote for it
    sentences: list[dict[str, str]]  # every sentence naming the kind, as each text kind


def applicant_pairs(shared: Path) -> tuple[list[Document], list[Pair]]:
    """Labelled (page, kind) pairs: a kind a question expects or an eligibility case lets apply is
    positive, a kind an eligibility case turns down for its type is negative; others are unknown and
    left out (the questions name what they ask about, not every kind that may apply)."""
    from knowledge.applicant_words import noun_spans
    from knowledge.applicants import extract_applicants
    from knowledge.footers import content_end
    from knowledge.layout import headings
    from knowledge.sentences import split_sentences

    labels: dict[tuple[str, str], set[bool]] = defaultdict(set)
    for line in (shared / "eval" / "corpus-questions.jsonl").read_text(encoding="utf-8").splitlines() + (
        shared / "eval" / "dev-questions.jsonl"
    ).read_text(encoding="utf-8").splitlines():
        q = json.loads(line) if line.strip() else {}
        for code in q.get("expect", {}).get("applicant_types", []):
            labels[(q["source"], code)].add(True)
    for name in ("corpus-eligibility.jsonl", "dev-eligibility.jsonl"):
        for line in (shared / "eval" / name).read_text(encoding="utf-8").splitlines():
            e = json.loads(line) if line.strip() else {}
            code = e.get("profile", {}).get("applicant_type")
            if not code or not e.get("source"):
                continue
            failed = e.get("expect", {}).get("failed", [])
            if "applicant_type" in failed:
                labels[(e["source"], code)].add(False)
            elif e.get("verdict") == "eligible" or failed:
                labels[(e["source"], code)].add(True)
    docs: list[Document] = []
    pairs: list[Pair] = []
    for src in sorted({s for s, _ in labels}):
        path = next((p for p in (shared / "corpus" / src, shared / "seeds" / src) if p.exists()), None)
        if path is None:
            continue
        doc = build_document(load_file(path))
        docs.append(doc)
        facts = {f.code: f.quote for f in extract_applicants(doc)}
        text = doc.text[: content_end(doc.text)]
        heads = headings(text)
        mentions: dict[str, list[dict[str, str]]] = defaultdict(list)
        for sentence in split_sentences(text):
            above = [h.text for h in heads if h.start < sentence.start]
            heading = above[-1] if above else ""
            texts = {"sentence": sentence.text, "heading+sentence": f"{heading}\n{sentence.text}".strip()}
            for code in dict.fromkeys(c for c, _, _ in noun_spans(sentence.text)):
                mentions[code].append(texts)
        for (s, code), seen in labels.items():
            if s == src and len(seen) == 1:
                naive = any(cues.APPLY.search(t["sentence"]) for t in mentions[code])
                pairs.append(
                    Pair(len(docs) - 1, code, seen.pop(), code in facts, naive, facts.get(code), mentions[code])
                )
    return docs, pairs


def applicant_scores(pairs: list[Pair]) -> dict[str, np.ndarray]:
    """Per variant: each pair's margin (applicant over the nearest other role), the best over the
    sentences naming the kind; -1 when no sentence names it."""
    from retrieval.embeddings import load_embedder
    from settings import Settings

    embedder = load_embedder(Settings())
    descriptions = [(r, t) for r, ts in APPLICANT_ROLES.items() for t in ts]
    role_vecs = {
        "passage": _normed(embedder.embed_documents([t for _, t in descriptions])),
        "query": _normed([embedder.embed_query(t) for _, t in descriptions]),
    }
    out: dict[str, np.ndarray] = {}
    for kind in APPLICANT_TEXTS:
        unique = list(dict.fromkeys(t[kind] for p in pairs for t in p.sentences))
        vecs = dict(zip(unique, _normed(embedder.embed_documents(unique)), strict=True)) if unique else {}
        for prefix, roles in role_vecs.items():
            cols = [[j for j, (r, _) in enumerate(descriptions) if r == role] for role in APPLICANT_ROLES]
            scores = []
            for p in pairs:
                if not p.sentences:
                    scores.append(-1.0)
                    continue
                sims = np.stack([vecs[t[kind]] for t in p.sentences]) @ roles.T
                per_role = np.stack([sims[:, c].max(axis=1) for c in cols], axis=1)
                scores.append(float(margin(per_role).max()))
            out[f"{kind} ({prefix})"] = np.array(scores)
    return out


def _applicant_accept(policy: str, params: tuple, base: np.ndarray, score: np.ndarray, idx) -> np.ndarray:
    veto_at, rescue_at = params
    out = base[idx].copy()
    s = score[idx]
    if policy in ("veto", "veto+rescue") and veto_at is not None:
        out &= s >= veto_at
    if policy in ("rescue", "veto+rescue") and rescue_at is not None:
        out |= s >= rescue_at
    return out


def compare_applicants(shared: Path) -> None:
    docs, pairs = applicant_pairs(shared)
    t = time.perf_counter()
    scores = applicant_scores(pairs)
    n_sent = sum(len(p.sentences) for p in pairs)
    y = np.array([p.label for p in pairs])
    parser = np.array([p.parser for p in pairs])
    groups = np.array([p.page for p in pairs])
    print(f"\n\nWho may apply: {len(pairs)} labelled (page, kind) pairs on {len(docs)} pages ({int(y.sum())} may "
          f"apply, {int((~y).sum())} may not); {n_sent} sentences naming them embedded in "
          f"{time.perf_counter() - t:.1f} s")
    folds = list(GroupKFold(n_splits=FOLDS).split(y, y, groups))
    lang = np.array([docs[p.page].language for p in pairs])
    for base_name in ("parser", "naive"):
        base = np.array([getattr(p, base_name) for p in pairs])
        _compare_applicants(base_name, base, y, scores, folds, lang)
    named = np.array([bool(p.sentences) for p in pairs])
    print(f"\nThe model alone ({int(named.sum())} pairs with a sentence naming the kind), AUC of the margin:")
    for variant, score in scores.items():
        print(f"  {variant:28}{roc_auc_score(y[named], score[named]):.3f}")
    print("The parser's wrong pairs:")
    best_variant = "sentence (passage)"
    for i in np.flatnonzero(parser != y):
        p = pairs[i]
        print(f"  {docs[p.page].source[:50]:50} {p.code:20} parser={int(p.parser)} may apply={int(p.label)} "
              f"margin {scores[best_variant][i]:+.3f}")


def _compare_applicants(
    base_name: str, base: np.ndarray, y: np.ndarray, scores: dict, folds: list, lang: np.ndarray
) -> None:
    got = {base_name: base.copy()}
    picks: dict[str, list] = {}
    for policy in ("veto", "rescue", "veto+rescue"):
        pred = np.zeros(len(y), dtype=bool)
        name = f"{base_name}+{policy}"
        picks[name] = []
        for train, test in folds:
            best = None
            for variant, score in scores.items():
                grid = [None, *np.unique(np.quantile(score[train], np.linspace(0, 1, 81)))]
                vetoes = grid if policy in ("veto", "veto+rescue") else [None]
                rescues = grid if policy in ("rescue", "veto+rescue") else [None]
                for v, r in itertools.product(vetoes, rescues):
                    chosen = _applicant_accept(policy, (v, r), base, score, train)
                    key = (int((chosen == y[train]).sum()), -int((chosen != base[train]).sum()))
                    if best is None or key > best[0]:
                        best = (key, variant, (v, r))
            _, variant, params = best
            picks[name].append((variant, params))
            pred[test] = _applicant_accept(policy, params, base, scores[variant], test)
        got[name] = pred
    # the control for a rescue: every kind some sentence names, without the model
    got[f"{base_name}+any named"] = base | (next(iter(scores.values())) > -1)
    langs = sorted(set(lang))
    print(f"Pairs read right (held-out folds), {len(y)} pairs, on the {base_name}:")
    print(f"{'':20}{'all':>9}" + "".join(f"{lg:>9}" for lg in langs) + "   won lost  may apply kept  may not left out")
    base_ok = base == y
    for name, pred in got.items():
        ok = pred == y
        per = "".join(f"{int(ok[lang == lg].sum()):>4}/{int((lang == lg).sum()):<4}" for lg in langs)
        print(f"{name:20}{int(ok.sum()):>4}/{len(y):<4}{per}   {int((ok & ~base_ok).sum()):>3} "
              f"{int((base_ok & ~ok).sum()):>4}  {int((pred & y).sum()):>4}/{int(y.sum()):<11}"
              f"{int((~pred & ~y).sum()):>4}/{int((~y).sum())}")
    for name, ps in picks.items():
        print(f"  {name}, fitted per fold (text (role prefix), veto margin, rescue margin): "
              + "; ".join(f"{k} {_f(v)} {_f(r)}" for k, (v, r) in ps))


def _f(x) -> str:
    return "-" if x is None else f"{x:+.3f}"


if __name__ == "__main__":
    main()
