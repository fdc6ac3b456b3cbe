import type { Settings } from '../../persistence/profile.ts';
import { button, el, Overlay, uniqueId, OverlayView } from './Overlay.ts';

/** What the settings screen needs to know about the browser. */
export interface SettingsContext {
  /** The Fullscreen API can be used here (the button is hidden otherwise). */
  fullscreenAvailable: boolean;
  /** The page is full screen now. */
  fullscreen: boolean;
  /** The system asks for reduced motion (`prefers-reduced-motion: reduce`). */
  systemReducedMotion: boolean;
  /** Speech synthesis exists (self-voicing is disabled otherwise). */
  speechAvailable: boolean;
}

export interface SettingsCallbacks {
  /** A control changed: apply and keep `changes` at once (there is no OK button). `volumes` always comes whole. */
  onChange?: (changes: Partial<Settings>) => void;
  /** "Reset to defaults": reset, then call `update()` with the new settings. */
  onReset?: () => void;
  /** The full-screen button: toggle, then call `update(settings, { fullscreen })`. */
  onFullscreen?: () => void;
  /** Close, Escape or a backdrop click; the view has already closed. */
  onClose?: () => void;
  /** The Accessibility button: the settings close and the accessibility panel opens. */
  onAccessibility?: () => void;
}

/** Text speed when "Instant" is turned off again and no earlier speed is known (the default). */
const FALLBACK_TEXT_SPEED = 55;

type Volume = keyof Settings['volumes'];

const numberFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/**
 * The settings screen. Every control applies at once through `onChange`; `update()` puts new values
 * into the controls without rebuilding them, so focus and a drag in progress are kept.
 */
export class SettingsView<Context extends SettingsContext = SettingsContext> extends OverlayView<SettingsCallbacks> {
  private settings: Settings | null = null;
  protected context: Context = {
    fullscreenAvailable: false,
    fullscreen: false,
    systemReducedMotion: false,
    speechAvailable: false,
  } as Context;
  /** The panel's heading and class. */
  protected readonly title: string = 'Settings';
  protected readonly panelClass: string = 'ud-panel--settings';
  /** Puts the current settings and context into each control. */
  protected refreshers: (() => void)[] = [];
  private lastTextSpeed = FALLBACK_TEXT_SPEED;

  open(settings: Settings, context: Context): void {
    this.close();
    this.settings = copy(settings);
    this.context = { ...context };
    if (settings.textSpeed > 0) this.lastTextSpeed = settings.textSpeed;
    this.refreshers = [];
    const overlay = new Overlay(this.root, {
      title: this.title,
      className: `${this.panelClass} ud-panel--scrollall`,
      onDismiss: () => this.dismiss(),
    });
    this.overlay = overlay;
    overlay.header.append(button('Close', 'ud-button ud-button--quiet', () => this.dismiss()));

    const grid = el('div', 'ud-settings');
    grid.append(...this.sections());
    overlay.body.append(grid);
    overlay.footer.append(...this.footerButtons());
    this.refresh();
    overlay.open();
  }

  /** The panel's sections, in order. */
  protected sections(): HTMLElement[] {
    return [this.textSection(), this.soundSection(), this.displaySection(), this.playSection()];
  }

  /** The buttons under the sections. */
  protected footerButtons(): HTMLElement[] {
    const access = button('Accessibility…', 'ud-button', () => {
      this.close();
      this.callbacks.onAccessibility?.();
    });
    access.setAttribute('aria-label', 'Accessibility');
    const reset = button('Reset to defaults', 'ud-button', () => this.callbacks.onReset?.());
    return this.callbacks.onAccessibility ? [access, reset] : [reset];
  }

  /** Shows new values (after a reset, or a change made elsewhere) without losing focus. */
  update(settings: Settings, context?: Partial<Context>): void {
    this.settings = copy(settings);
    if (settings.textSpeed > 0) this.lastTextSpeed = settings.textSpeed;
    if (context) this.context = { ...this.context, ...context };
    if (this.isOpen) this.refresh();
  }

  /** Lets go of the closed screen's value refreshers. */
  protected override forget(): void {
    this.refreshers = [];
  }

  protected refresh(): void {
    for (const refresh of this.refreshers) refresh();
  }

  protected change(changes: Partial<Settings>): void {
    if (!this.settings) return;
    this.settings = { ...this.settings, ...changes, volumes: { ...(changes.volumes ?? this.settings.volumes) } };
    this.refresh();
    this.callbacks.onChange?.(changes);
  }

  protected get current(): Settings {
    if (!this.settings) throw new Error('SettingsView: not open');
    return this.settings;
  }

  // Sections ----------------------------------------------------------------------------------

  private textSection(): HTMLFieldSetElement {
    const section = fieldset('Text');
    const speed = this.range({
      label: 'Text speed',
      min: 10,
      max: 120,
      step: 5,
      read: (s) => (s.textSpeed > 0 ? clamp(s.textSpeed, 10, 120) : this.lastTextSpeed),
      write: (value) => {
        this.lastTextSpeed = value;
        return { textSpeed: value };
      },
      show: (value, s) => (s.textSpeed <= 0 ? 'Instant' : `${value} letters a second`),
      disabled: (s) => s.textSpeed <= 0,
    });
    const instant = this.checkbox({
      label: 'Instant text',
      read: (s) => s.textSpeed <= 0,
      write: (on) => ({ textSpeed: on ? 0 : this.lastTextSpeed }),
    });
    const auto = this.range({
      label: 'Auto mode wait',
      hint: 'How long a finished line stays in auto mode. Shorter is faster.',
      min: 0.5,
      max: 6,
      step: 0.5,
      read: (s) => clamp(s.autoDelay, 0.5, 6),
      write: (value) => ({ autoDelay: value }),
      show: (value) => `${numberFormat.format(value)} s`,
      spoken: (value) => `${numberFormat.format(value)} seconds`,
      ends: ['Faster', 'Slower'],
    });
    const pauses = this.checkbox({
      label: 'A press cuts a pause short',
      read: (s) => s.pressEndsPause,
      write: (on) => ({ pressEndsPause: on }),
    });
    section.append(speed, instant, auto, pauses);
    return section;
  }

  private soundSection(): HTMLFieldSetElement {
    const section = fieldset('Sound');
    const volume = (label: string, key: Volume) =>
      this.range({
        label,
        min: 0,
        max: 100,
        step: 5,
        read: (s) => Math.round(s.volumes[key] * 100),
        write: (value) => ({ volumes: { ...this.current.volumes, [key]: value / 100 } }),
        show: (value) => `${value}%`,
        spoken: (value) => `${value} percent`,
        dimmed: (s) => s.mute,
      });
    section.append(
      volume('Master volume', 'master'),
      volume('Music', 'music'),
      volume('Ambience', 'ambience'),
      volume('Effects', 'sfx'),
      this.checkbox({ label: 'Mute all sound', read: (s) => s.mute, write: (on) => ({ mute: on }) }),
    );
    return section;
  }

  protected displaySection(): HTMLFieldSetElement {
    const section = fieldset('Display');
    const full = button('Full screen', 'ud-button ud-button--wide', () => this.callbacks.onFullscreen?.());
    const fullRow = el('div', 'ud-field');
    fullRow.append(full);
    this.refreshers.push(() => {
      fullRow.hidden = !this.context.fullscreenAvailable;
      full.textContent = this.context.fullscreen ? 'Leave full screen' : 'Full screen';
    });
    const motion = this.motionControl();
    const size = this.range({
      label: 'Text size',
      min: 28,
      max: 64,
      step: 2,
      read: (s) => clamp(s.textSize, 28, 64),
      write: (value) => ({ textSize: value }),
      show: (value) => String(value),
      spoken: (value) => `${value}, default 40`,
      ends: ['Smaller', 'Larger'],
    });
    const sample = el('p', 'ud-text-sample', 'Iruka sets the chalk down and looks at the door.');
    sample.setAttribute('aria-hidden', 'true');
    this.refreshers.push(() => sample.style.setProperty('--ud-sample-size', String(this.current.textSize)));
    size.append(sample);
    const contrast = this.contrastControl();
    section.append(size, contrast, fullRow, motion);
    return section;
  }

  /** Reduced motion: follow the system, on or off. */
  protected motionControl(): HTMLFieldSetElement {
    return this.radios<boolean | null>({
      legend: 'Reduced motion',
      hint: 'Fewer fades, slides and shakes.',
      options: [
        { value: null, label: () => `Follow system (currently ${this.context.systemReducedMotion ? 'on' : 'off'})` },
        { value: true, label: () => 'On' },
        { value: false, label: () => 'Off' },
      ],
      read: (s) => s.reducedMotion,
      write: (value) => ({ reducedMotion: value }),
    });
  }

  /** The high-contrast dialogue box. */
  protected contrastControl(): HTMLDivElement {
    return this.checkbox({
      label: 'High-contrast dialogue box',
      hint: 'Solid black behind the story text.',
      read: (s) => s.highContrast,
      write: (on) => ({ highContrast: on }),
    });
  }

  private playSection(): HTMLFieldSetElement {
    const section = fieldset('Reading');
    const skip = this.radios<Settings['skipMode']>({
      legend: 'Skip',
      options: [
        { value: 'seen', label: () => "Only lines I've read" },
        { value: 'all', label: () => 'Everything' },
      ],
      read: (s) => s.skipMode,
      write: (value) => ({ skipMode: value }),
    });
    const voice = this.checkbox({
      label: 'Read lines aloud',
      hint: "Uses your system's voice.",
      read: (s) => s.selfVoicing,
      write: (on) => ({ selfVoicing: on }),
      disabled: () => !this.context.speechAvailable,
      disabledNote:
        "Your browser doesn't offer speech, so lines can't be read aloud here. A screen reader still hears every line.",
    });
    section.append(skip, voice);
    return section;
  }

  // Controls ----------------------------------------------------------------------------------

  protected range(spec: {
    label: string;
    hint?: string;
    min: number;
    max: number;
    step: number;
    read: (s: Settings) => number;
    write: (value: number) => Partial<Settings>;
    show: (value: number, s: Settings) => string;
    spoken?: (value: number) => string;
    ends?: [string, string];
    disabled?: (s: Settings) => boolean;
    dimmed?: (s: Settings) => boolean;
  }): HTMLDivElement {
    const id = uniqueId('range');
    const field = el('div', 'ud-field ud-field--range');
    const label = el('label', 'ud-label', spec.label);
    label.htmlFor = id;
    const output = el('output', 'ud-output');
    output.htmlFor.add(id);
    output.setAttribute('aria-hidden', 'true');
    const input = el('input', 'ud-range');
    input.type = 'range';
    input.id = id;
    input.min = String(spec.min);
    input.max = String(spec.max);
    input.step = String(spec.step);
    const head = el('div', 'ud-field-head');
    head.append(label, output);
    field.append(head, input);
    if (spec.ends) {
      const ends = el('div', 'ud-range-ends');
      ends.setAttribute('aria-hidden', 'true');
      ends.append(el('span', undefined, spec.ends[0]), el('span', undefined, spec.ends[1]));
      field.append(ends);
    }
    if (spec.hint) field.append(hint(input, spec.hint));
    input.addEventListener('input', () => this.change(spec.write(Number(input.value))));
    this.refreshers.push(() => {
      const s = this.current;
      const value = spec.read(s);
      if (Number(input.value) !== value) input.value = String(value);
      const text = spec.show(value, s);
      output.textContent = text;
      input.setAttribute('aria-valuetext', spec.spoken?.(value) ?? text);
      input.disabled = spec.disabled?.(s) ?? false;
      field.classList.toggle('is-dimmed', input.disabled || (spec.dimmed?.(s) ?? false));
    });
    return field;
  }

  protected checkbox(spec: {
    label: string;
    hint?: string;
    read: (s: Settings) => boolean;
    write: (on: boolean) => Partial<Settings>;
    disabled?: () => boolean;
    disabledNote?: string;
  }): HTMLDivElement {
    const field = el('div', 'ud-field ud-field--check');
    const label = el('label', 'ud-check');
    const input = el('input');
    input.type = 'checkbox';
    label.append(input, el('span', undefined, spec.label));
    field.append(label);
    const hintNote = spec.hint ? hint(input, spec.hint) : null;
    if (hintNote) field.append(hintNote);
    let note: HTMLParagraphElement | null = null;
    if (spec.disabledNote) {
      note = el('p', 'ud-note', spec.disabledNote);
      note.id = uniqueId('note');
      field.append(note);
    }
    input.addEventListener('change', () => this.change(spec.write(input.checked)));
    this.refreshers.push(() => {
      input.checked = spec.read(this.current);
      const off = spec.disabled?.() ?? false;
      input.disabled = off;
      field.classList.toggle('is-disabled', off);
      if (note) {
        // The note replaces the hint while the control cannot be used.
        note.hidden = !off;
        if (hintNote) hintNote.hidden = off;
        if (off) input.setAttribute('aria-describedby', note.id);
        else if (hintNote) input.setAttribute('aria-describedby', hintNote.id);
        else input.removeAttribute('aria-describedby');
      }
    });
    return field;
  }

  protected radios<T>(spec: {
    legend: string;
    hint?: string;
    options: { value: T; label: () => string }[];
    read: (s: Settings) => T;
    write: (value: T) => Partial<Settings>;
  }): HTMLFieldSetElement {
    const group = el('fieldset', 'ud-radios');
    group.append(el('legend', 'ud-label', spec.legend));
    const name = uniqueId('radio');
    const inputs = spec.options.map((option) => {
      const label = el('label', 'ud-check ud-check--radio');
      const input = el('input');
      input.type = 'radio';
      input.name = name;
      const text = el('span');
      label.append(input, text);
      group.append(label);
      input.addEventListener('change', () => {
        if (input.checked) this.change(spec.write(option.value));
      });
      return { input, text, option };
    });
    if (spec.hint) {
      const note = el('p', 'ud-hint', spec.hint);
      note.id = uniqueId('hint');
      group.setAttribute('aria-describedby', note.id);
      group.append(note);
    }
    this.refreshers.push(() => {
      const value = spec.read(this.current);
      for (const { input, text, option } of inputs) {
        input.checked = option.value === value;
        text.textContent = option.label();
      }
    });
    return group;
  }
}

/** A titled section of a settings panel. */
export function fieldset(legend: string): HTMLFieldSetElement {
  const section = el('fieldset', 'ud-section');
  section.append(el('legend', 'ud-section-title', legend));
  return section;
}

/** A hint under a control, read with it (aria-describedby). */
export function hint(input: HTMLElement, text: string): HTMLParagraphElement {
  const note = el('p', 'ud-hint', text);
  note.id = uniqueId('hint');
  input.setAttribute('aria-describedby', note.id);
  return note;
}

/** `value` kept between `min` and `max`. */
export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function copy(settings: Settings): Settings {
  return { ...settings, volumes: { ...settings.volumes } };
}
