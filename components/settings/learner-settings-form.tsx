"use client";

import { useId, useState, useSyncExternalStore, useTransition, type FormEvent } from "react";
import { updateLearnerSettingsAction } from "@/app/settings/actions";
import {
  checkLearnerSettings,
  isKnownTimeZone,
  NEW_CARDS_PER_DAY_RANGE,
  RETENTION_PERCENT_RANGE,
  type LearnerSettingsField,
  type LearnerSettingsInput,
} from "@/app/settings/learner-settings-rules";
import { inputClass, primaryButton } from "@/components/ui/button-classes";

/** timeZone is null until the learner edits it, so the device's zone can be offered in its place. */
type Values = { retentionPercent: string; newCardsPerDay: string; timeZone: string | null };
type FieldErrors = Partial<Record<LearnerSettingsField, string>>;

const OFFLINE = "We could not reach the server. Check your connection and try again.";

const noSubscription = () => () => {};
const NO_ZONES: string[] = [];
let zoneList: string[] | null = null;
const getZoneList = () => (zoneList ??= typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : NO_ZONES);
const getDeviceZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone ?? null;

function toNumber(text: string): number {
  return text.trim() === "" ? Number.NaN : Number(text.replace(",", "."));
}

/** Desired retention (as a percentage), new cards per day and time zone; checked here first so errors sit by each field. */
export function LearnerSettingsForm({ initial }: { initial: LearnerSettingsInput }) {
  const ids = useId();
  const [values, setValues] = useState<Values>({
    retentionPercent: String(Math.round(initial.desiredRetention * 1000) / 10),
    newCardsPerDay: String(initial.newCardsPerDay),
    timeZone: null,
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, startTransition] = useTransition();
  // The browser knows the learner's zone: offer it while the account still has the default and the field is untouched.
  const zones = useSyncExternalStore(noSubscription, getZoneList, () => NO_ZONES);
  const device = useSyncExternalStore(noSubscription, getDeviceZone, () => null);
  const deviceZone = values.timeZone === null && initial.timeZone === "UTC" && device && device !== "UTC" && isKnownTimeZone(device) ? device : null;
  const timeZone = values.timeZone ?? deviceZone ?? initial.timeZone;

  function change(field: keyof Values, value: string) {
    setValues((v) => ({ ...v, [field]: value }));
    setSaved(false);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    setSaved(false);
    const parsed = checkLearnerSettings({
      desiredRetention: toNumber(values.retentionPercent) / 100,
      newCardsPerDay: toNumber(values.newCardsPerDay),
      timeZone,
    });
    if (!parsed.ok) {
      const found: FieldErrors = {};
      for (const { field, message } of parsed.errors) found[field] ??= message;
      setErrors(found);
      return;
    }
    setErrors({});
    startTransition(async () => {
      try {
        const result = await updateLearnerSettingsAction(parsed.value);
        if (!result.ok) {
          setFormError(result.error);
          return;
        }
        setSaved(true);
        setValues((v) => ({ ...v, timeZone: result.data.timeZone }));
      } catch {
        setFormError(OFFLINE);
      }
    });
  }

  const describedBy = (field: LearnerSettingsField, hint: string) => [hint, errors[field] ? `${ids}-${field}-error` : ""].filter(Boolean).join(" ");

  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      <div>
        <label htmlFor={`${ids}-retention`} className="mb-1 block font-medium">
          Desired retention
        </label>
        <p id={`${ids}-retention-hint`} className="mb-2 text-sm text-slate-600">
          How much of what you study you want to keep in memory: higher means more reviews each day, lower means fewer reviews
          but more forgotten. {RETENTION_PERCENT_RANGE.min}–{RETENTION_PERCENT_RANGE.max}%, default {RETENTION_PERCENT_RANGE.default}%.
        </p>
        <div className="flex items-center gap-2">
          <input
            id={`${ids}-retention`}
            name="desiredRetention"
            type="number"
            inputMode="decimal"
            min={RETENTION_PERCENT_RANGE.min}
            max={RETENTION_PERCENT_RANGE.max}
            step="any"
            value={values.retentionPercent}
            onChange={(e) => change("retentionPercent", e.target.value)}
            aria-invalid={errors.desiredRetention ? true : undefined}
            aria-describedby={describedBy("desiredRetention", `${ids}-retention-hint`)}
            className={`${inputClass} max-w-32`}
          />
          <span aria-hidden="true" className="text-lg">
            %
          </span>
        </div>
        <FieldError id={`${ids}-desiredRetention-error`} error={errors.desiredRetention} />
      </div>

      <div>
        <label htmlFor={`${ids}-new`} className="mb-1 block font-medium">
          New cards per day
        </label>
        <p id={`${ids}-new-hint`} className="mb-2 text-sm text-slate-600">
          How many questions you have never seen are added each study day. 0 pauses new cards. Default{" "}
          {NEW_CARDS_PER_DAY_RANGE.default}.
        </p>
        <input
          id={`${ids}-new`}
          name="newCardsPerDay"
          type="number"
          inputMode="numeric"
          min={NEW_CARDS_PER_DAY_RANGE.min}
          max={NEW_CARDS_PER_DAY_RANGE.max}
          step={1}
          value={values.newCardsPerDay}
          onChange={(e) => change("newCardsPerDay", e.target.value)}
          aria-invalid={errors.newCardsPerDay ? true : undefined}
          aria-describedby={describedBy("newCardsPerDay", `${ids}-new-hint`)}
          className={`${inputClass} max-w-32`}
        />
        <FieldError id={`${ids}-newCardsPerDay-error`} error={errors.newCardsPerDay} />
      </div>

      <div>
        <label htmlFor={`${ids}-zone`} className="mb-1 block font-medium">
          Time zone
        </label>
        <p id={`${ids}-zone-hint`} className="mb-2 text-sm text-slate-600">
          Your study day starts at 4 a.m. here.
          {deviceZone ? ` We filled in your device's zone, ${deviceZone}; save to use it.` : ""}
        </p>
        <input
          id={`${ids}-zone`}
          name="timeZone"
          list={`${ids}-zones`}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          value={timeZone}
          onChange={(e) => change("timeZone", e.target.value)}
          aria-invalid={errors.timeZone ? true : undefined}
          aria-describedby={describedBy("timeZone", `${ids}-zone-hint`)}
          className={inputClass}
        />
        <datalist id={`${ids}-zones`}>
          {zones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <FieldError id={`${ids}-timeZone-error`} error={errors.timeZone} />
      </div>

      {formError ? (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
          {formError}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={`${primaryButton} w-full sm:w-auto`}>
          {pending ? "Saving…" : "Save settings"}
        </button>
        <p role="status" className="text-sm font-medium text-green-800">
          {saved ? "Settings saved." : ""}
        </p>
      </div>
    </form>
  );
}

function FieldError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p id={id} role="alert" className="mt-1 text-sm text-red-800">
      {error}
    </p>
  );
}
