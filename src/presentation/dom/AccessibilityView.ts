// The accessibility panel, beside the settings (Ren'Py's accessibility menu is the measure): the face,
// size, spacing and box of the text, contrast and motion, the voice that reads aloud and how it says
// names, mono sound, and the keys. Loaded only when first opened (Screens.openAccessibility).
import type { FontChoice } from '../../persistence/profile.ts';
import {
  ACCESSIBILITY_DEFAULTS,
  ACTION_NAMES,
  BINDABLE_ACTIONS,
  keyName,
  rebind,
  reboundKeys,
  swapKeys,
} from '../../reading/accessibility.ts';
import { type BindableAction, keymapOf } from '../../reading/keymap.ts';

import { DEFAULT_PRONUNCIATIONS, pickVoice, sortVoices } from '../../reading/speech.ts';
import { FONT_FAMILIES } from '../faces.ts';
import { confirm } from './ConfirmDialog.ts';
import { button, el, uniqueId } from './Overlay.ts';
import { speak, voices } from './selfVoicing.ts';
import { clamp, fieldset, type SettingsContext, SettingsView } from './SettingsView.ts';

const FONT_LABELS: Readonly<Record<FontChoice, string>> = {
  literata: 'Literata (the book face)',
  sans: 'Plain sans-serif',
  atkinson: 'Atkinson Hyperlegible',
  opendyslexic: 'OpenDyslexic',
};

const SAMPLE = 'Iruka-sensei sets the chalk down. "Kakashi," he says, "you came back."';

const percent = (value: number) => `${Math.round(value * 100)}%`;

/**
 * The accessibility panel. Every control applies at once, as in the settings (it is one of their
 * views); keys are rebound by pressing the new key, and a key another action has is swapped only
 * once the reader agrees.
 */
export class AccessibilityView extends SettingsView<SettingsContext> {
  protected override readonly title = 'Accessibility';
  protected override readonly panelClass = 'ud-panel--settings ud-panel--access';
  /** The action waiting for its new key, and how to stop waiting. */
  private capturing: { action: BindableAction; stop: () => void } | null = null;
  private keyStatus: HTMLElement | null = null;

  protected override sections(): HTMLElement[] {
    const seeing = fieldset('Contrast and motion');
    seeing.append(this.contrastControl(), this.motionControl());
    return [this.lookSection(), seeing, this.voiceSection(), this.keysSection()];
  }

  protected override footerButtons(): HTMLElement[] {
    return [button('Reset accessibility', 'ud-button', () => this.change({ ...ACCESSIBILITY_DEFAULTS }))];
  }

  protected override forget(): void {
    this.capturing?.stop();
    this.keyStatus = null;
    super.forget();
  }

  private lookSection(): HTMLFieldSetElement {
    const section = fieldset('Text');
    const font = this.radios<FontChoice>({
      legend: 'Font',
      hint: 'Also used in the menus.',
      options: (Object.keys(FONT_LABELS) as FontChoice[]).map((value) => ({ value, label: () => FONT_LABELS[value] })),
      read: (s) => s.font,
      write: (value) => ({ font: value }),
    });
    const size = this.range({
      label: 'Text size',
      hint: 'Choices, names and menus grow with it.',
      min: 28,
      max: 64,
      step: 2,
      read: (s) => clamp(s.textSize, 28, 64),
      write: (value) => ({ textSize: value }),
      show: (value) => percent(value / 40),
      spoken: (value) => `${Math.round((value / 40) * 100)} percent`,
      ends: ['Smaller', 'Larger'],
    });
    const spacing = this.range({
      label: 'Line spacing',
      min: 1.2,
      max: 2.2,
      step: 0.05,
      read: (s) => clamp(s.lineSpacing, 1.2, 2.2),
      write: (value) => ({ lineSpacing: value }),
      show: (value) => `${value.toFixed(2)}×`,
      spoken: (value) => `${value.toFixed(2)} times the text size`,
      ends: ['Tighter', 'Looser'],
    });
    const opacity = this.range({
      label: 'Dialogue box opacity',
      hint: 'Lower lets more of the scene show through.',
      min: 20,
      max: 100,
      step: 5,
      read: (s) => Math.round(clamp(s.boxOpacity, 0.2, 1) * 100),
      write: (value) => ({ boxOpacity: value / 100 }),
      show: (value) => `${value}%`,
      spoken: (value) => `${value} percent`,
      dimmed: (s) => s.highContrast,
    });
    const sample = el('p', 'ud-text-sample ud-access-sample', SAMPLE);
    sample.setAttribute('aria-hidden', 'true');
    this.refreshers.push(() => {
      const s = this.current;
      sample.style.setProperty('--ud-sample-size', String(s.textSize));
      sample.style.fontFamily = FONT_FAMILIES[s.font];
      sample.style.lineHeight = String(s.lineSpacing);
      sample.style.setProperty('--ud-sample-opacity', String(s.highContrast ? 1 : s.boxOpacity));
    });
    section.append(font, size, spacing, opacity, sample);
    return section;
  }

  private voiceSection(): HTMLFieldSetElement {
    const section = fieldset('Reading aloud and sound');
    const aloud = this.checkbox({
      label: 'Read lines aloud',
      hint: "Uses your system's voices.",
      read: (s) => s.selfVoicing,
      write: (on) => ({ selfVoicing: on }),
      disabled: () => !this.context.speechAvailable,
      disabledNote: "Your browser doesn't offer speech here. A screen reader still hears every line.",
    });
    const rate = this.range({
      label: 'Speech rate',
      min: 0.5,
      max: 2,
      step: 0.1,
      read: (s) => clamp(s.speechRate, 0.5, 2),
      write: (value) => ({ speechRate: Math.round(value * 10) / 10 }),
      show: (value) => `${value.toFixed(1)}×`,
      spoken: (value) => `${value.toFixed(1)} times normal`,
      ends: ['Slower', 'Faster'],
      disabled: () => !this.context.speechAvailable,
    });
    const mono = this.checkbox({
      label: 'Mono sound',
      hint: 'Both ears hear everything: for one earbud, one speaker or one ear.',
      read: (s) => s.monoAudio,
      write: (on) => ({ monoAudio: on }),
    });
    section.append(aloud, this.voicePicker(), rate, this.pronunciationList(), mono);
    return section;
  }

  /** The voice list, from the browser's voices; a saved voice this browser lacks reads in the default, and says so. */
  private voicePicker(): HTMLElement {
    const field = el('div', 'ud-field');
    const id = uniqueId('voice');
    const label = el('label', 'ud-label', 'Voice');
    label.htmlFor = id;
    const select = el('select', 'ud-select');
    select.id = id;
    const note = el('p', 'ud-note');
    note.id = uniqueId('note');
    select.setAttribute('aria-describedby', note.id);
    const tryIt = button('Try the voice', 'ud-button', () => speak(SAMPLE, true, this.current));
    field.append(label, select, note, tryIt);
    select.addEventListener('change', () => this.change({ voice: select.value || null }));
    const fill = () => {
      const s = this.current;
      const list = sortVoices(voices());
      const pick = pickVoice(list, s.voice);
      select.replaceChildren(
        new Option('Default voice', ''),
        ...list.map((v) => new Option(`${v.name} (${v.lang})`, v.voiceURI)),
      );
      select.value = pick.voice?.voiceURI ?? '';
      select.disabled = !this.context.speechAvailable;
      note.hidden = !pick.missing;
      note.textContent = pick.missing
        ? "The voice you chose isn't on this device; the default voice reads instead."
        : '';
    };
    this.refreshers.push(fill);
    if (this.context.speechAvailable) speechSynthesis.addEventListener('voiceschanged', () => this.isOpen && fill());
    return field;
  }

  /** How the voice says the story's names: each can be respelt; an empty entry leaves the name as written. */
  private pronunciationList(): HTMLElement {
    const group = el('fieldset', 'ud-radios ud-pronounce');
    group.append(el('legend', 'ud-label', 'How names are said'));
    for (const word of Object.keys(DEFAULT_PRONUNCIATIONS)) {
      const row = el('div', 'ud-pronounce-row');
      const id = uniqueId('say');
      const label = el('label', undefined, word);
      label.htmlFor = id;
      const input = el('input', 'ud-input');
      input.id = id;
      input.type = 'text';
      input.spellcheck = false;
      input.maxLength = 120;
      input.addEventListener('change', () => {
        const mine = { ...this.current.pronunciations, [word]: input.value.trim() };
        if (mine[word] === DEFAULT_PRONUNCIATIONS[word]) delete mine[word];
        this.change({ pronunciations: mine });
      });
      const hear = button('Hear', 'ud-button ud-button--quiet', () => speak(word, true, this.current));
      hear.setAttribute('aria-label', `Hear ${word}`);
      row.append(label, input, hear);
      group.append(row);
      this.refreshers.push(() => {
        const said = this.current.pronunciations[word] ?? DEFAULT_PRONUNCIATIONS[word];
        if (document.activeElement !== input) input.value = said;
      });
    }
    return group;
  }

  private keysSection(): HTMLFieldSetElement {
    const section = fieldset('Keys');
    section.append(
      el('p', 'ud-hint', 'Nothing needs a key held or pressed in time: "Skip on or off" does what holding Ctrl does.'),
    );
    const list = el('div', 'ud-keys');
    for (const action of BINDABLE_ACTIONS) list.append(this.keyRow(action));
    this.keyStatus = el('p', 'ud-note ud-keys-status');
    this.keyStatus.setAttribute('role', 'status');
    const reset = button('Reset keys', 'ud-button', () => {
      this.capturing?.stop();
      this.change({ keys: {} });
      this.say('Every key is back as it was.');
    });
    section.append(list, this.keyStatus, reset);
    return section;
  }

  private keyRow(action: BindableAction): HTMLElement {
    const row = el('div', 'ud-keys-row');
    const name = el('span', 'ud-keys-action', ACTION_NAMES[action]);
    const keys = el('span', 'ud-keys-now');
    const change = button('Change', 'ud-button ud-button--quiet', () => this.capture(action, change));
    change.dataset.action = action;
    row.append(name, keys, change);
    this.refreshers.push(() => {
      keys.textContent = keymapOf(this.current.keys)[action].map(keyName).join(', ');
      change.setAttribute('aria-label', `Change the key for ${ACTION_NAMES[action]} (now ${keys.textContent})`);
      if (this.capturing?.action !== action) change.textContent = 'Change';
    });
    return row;
  }

  /** Waits for the next key and binds it to `action`; Escape (or leaving the button) stops waiting. */
  private capture(action: BindableAction, target: HTMLButtonElement): void {
    this.capturing?.stop();
    target.textContent = 'Press a key…';
    this.say(`Press the new key for ${ACTION_NAMES[action]}, or Escape to keep the old one.`);
    // On the window, capturing, ahead of the dialog's own keys (Tab wrapping, Escape closing).
    const onKey = (event: KeyboardEvent) => {
      event.preventDefault();
      event.stopImmediatePropagation();
      stop();
      if (event.key === 'Escape') return this.say('No key changed.');
      void this.bind(action, event.key);
    };
    const stop = () => {
      window.removeEventListener('keydown', onKey, true);
      target.removeEventListener('blur', stop);
      if (this.capturing?.stop === stop) this.capturing = null;
      target.textContent = 'Change';
    };
    window.addEventListener('keydown', onKey, true);
    target.addEventListener('blur', stop);
    this.capturing = { action, stop };
  }

  private async bind(action: BindableAction, key: string): Promise<void> {
    const keymap = keymapOf(this.current.keys);
    const asked = rebind(keymap, action, key);
    if (asked.kind === 'refused') return this.say(asked.reason);
    if (asked.kind === 'bound') {
      this.change({ keys: reboundKeys(asked.keymap) });
      return this.say(`${ACTION_NAMES[action]}: ${keyName(key)}.`);
    }
    const other = ACTION_NAMES[asked.by];
    const given = keymap[action][0];
    const swap = await confirm(this.root, {
      title: 'Swap keys?',
      message: `${keyName(key)} is already "${other}".`,
      detail: `Swap them: ${keyName(key)} becomes "${ACTION_NAMES[action]}" and ${given ? keyName(given) : 'no key'} becomes "${other}".`,
      confirmLabel: 'Swap',
      cancelLabel: 'Keep as they are',
    });
    if (!this.isOpen) return;
    if (!swap) return this.say('No key changed.');
    this.change({ keys: reboundKeys(swapKeys(keymap, action, key)) });
    this.say(
      `Swapped: ${keyName(key)} is "${ACTION_NAMES[action]}", ${given ? keyName(given) : 'no key'} is "${other}".`,
    );
  }

  private say(message: string): void {
    if (this.keyStatus) this.keyStatus.textContent = message;
  }
}
