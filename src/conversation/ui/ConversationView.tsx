/**
 * The turn history: what the user said, what was understood (intent and slots), and the
 * assistant's reply in the turn's language. Each reply is `data-testid="assistant-reply"`
 * with `lang` = the language its text is really in, so an English fallback is never passed
 * off as the locale's own. "Inspect" puts the turn back into the NLU inspector.
 */
import { useEffect, useRef } from 'react';
import { findLanguage, langTag } from '../../i18n/languages.ts';
import { useApp } from '../../state/StoreContext.tsx';
import type { Turn } from '../../state/conversationSlice.ts';
import { tr } from './strings.ts';

function Understood({ turn, uiLocale }: { turn: Turn; uiLocale: string }) {
  const inspectTurn = useApp((s) => s.inspectTurn);
  const { understood } = turn;
  if (!understood) return null;
  const dir = findLanguage(turn.locale)?.rtl ? 'rtl' : 'ltr';
  return (
    <>
      <div className="bubble user" dir={dir} lang={langTag(turn.locale)}>
        <span className="who">{tr('you', uiLocale)}{turn.source === 'voice' ? ` · ${tr('voice', uiLocale)}` : ''}</span>
        <p data-testid="user-utterance">{understood.text}</p>
      </div>
      <div className="understood" dir="ltr">
        <span>{tr('understood', uiLocale, { intent: understood.intent })}</span>
        {understood.slots.map((s, i) => (
          <span key={i} className="chip" data-testid="turn-slot" data-slot-label={s.label}>
            {s.label}: <bdi>{s.text}</bdi>
          </span>
        ))}
        <button type="button" className="link" onClick={() => inspectTurn(turn.id)}>{tr('inspect', uiLocale)}</button>
      </div>
    </>
  );
}

function TurnView({ turn, uiLocale }: { turn: Turn; uiLocale: string }) {
  const { reply, error } = turn;
  return (
    <li className="turn" data-testid="turn" data-source={turn.source} data-intent={turn.understood?.intent ?? reply?.intent}>
      <Understood turn={turn} uiLocale={uiLocale} />
      {error ? (
        <p className="bubble assistant error" role="alert">{tr('failed', uiLocale, { message: error })}</p>
      ) : reply ? (
        <div className="bubble assistant" data-fallback={reply.fallback}>
          <span className="who">{tr('assistant', uiLocale)}</span>
          <p data-testid="assistant-reply" lang={reply.lang} dir="auto" data-scenario={reply.scenario} data-effect={reply.effect ?? ''}>
            {reply.text}
          </p>
          {reply.fallback && <small className="fallback-note" data-testid="reply-fallback">{tr('fallback', uiLocale)}</small>}
          {reply.awaiting && <small className="awaiting">{tr('awaiting', uiLocale)}</small>}
        </div>
      ) : (
        <p className="bubble assistant muted" aria-busy="true">{tr('thinking', uiLocale)}</p>
      )}
    </li>
  );
}

/** The conversation column; scrolls to the newest turn. */
export function ConversationView() {
  const turns = useApp((s) => s.turns);
  const locale = useApp((s) => s.locale);
  const assistantOn = useApp((s) => s.assistantOn);
  const speakReplies = useApp((s) => s.speakReplies);
  const setAssistantOn = useApp((s) => s.setAssistantOn);
  const setSpeakReplies = useApp((s) => s.setSpeakReplies);
  const clearTurns = useApp((s) => s.clearTurns);
  // Scroll the list itself (not the page) to the newest turn, so the header stays put.
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (list.current) list.current.scrollTop = list.current.scrollHeight;
  }, [turns]);

  return (
    <section className="conversation" aria-label={tr('title', locale)} data-testid="conversation">
      <div className="conversation-head">
        <h2>{tr('title', locale)}</h2>
        <label><input type="checkbox" checked={assistantOn} onChange={(e) => setAssistantOn(e.target.checked)} data-testid="assistant-on" /> {tr('assistantOn', locale)}</label>
        <label><input type="checkbox" checked={speakReplies} onChange={(e) => setSpeakReplies(e.target.checked)} data-testid="speak-replies" /> {tr('speakReplies', locale)}</label>
        {turns.length > 0 && <button type="button" onClick={clearTurns}>{tr('clear', locale)}</button>}
      </div>
      {turns.length === 0 ? (
        <p className="muted">{tr('empty', locale)}</p>
      ) : (
        <ol className="turns" aria-live="polite" ref={list}>
          {turns.map((t) => <TurnView key={t.id} turn={t} uiLocale={locale} />)}
        </ol>
      )}
    </section>
  );
}
