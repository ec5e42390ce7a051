/** A note template's fields, by type: one-line text, text, date, a choice (radio group) or a checklist. */
import type { FieldValue } from '../records/model';
import type { NoteTemplate, TemplateField } from '../records/template-schema';

export function TemplateFields({ template, values, onChange }: { template: NoteTemplate; values: Record<string, FieldValue>; onChange: (id: string, value: FieldValue) => void }) {
  return (
    <>
      {template.fields.map((field) => (
        <Field key={field.id} field={field} value={values[field.id]} onChange={(v) => onChange(field.id, v)} />
      ))}
    </>
  );
}

function Field({ field, value, onChange }: { field: TemplateField; value: FieldValue | undefined; onChange: (v: FieldValue) => void }) {
  const hintId = `hint-${field.id}`;
  const hint = field.hint ? (
    <span id={hintId} class="hint">
      {field.hint}
    </span>
  ) : null;
  const describedBy = field.hint ? hintId : undefined;
  if (field.type === 'choice' || field.type === 'checklist') {
    const chosen = Array.isArray(value) ? value : value ? [value] : [];
    const toggle = (id: string, on: boolean) => onChange(field.type === 'choice' ? id : on ? [...chosen, id] : chosen.filter((c) => c !== id));
    return (
      <fieldset class="choice-group" role={field.type === 'choice' ? 'radiogroup' : undefined} aria-labelledby={`legend-${field.id}`} aria-describedby={describedBy}>
        <legend id={`legend-${field.id}`}>{field.label}</legend>
        {hint}
        {field.options!.map((o) => (
          <label class="choice" key={o.id}>
            <input type={field.type === 'choice' ? 'radio' : 'checkbox'} name={`field-${field.id}`} checked={chosen.includes(o.id)} onChange={(e) => toggle(o.id, e.currentTarget.checked)} />
            <span>{o.label}</span>
          </label>
        ))}
      </fieldset>
    );
  }
  const text = typeof value === 'string' ? value : '';
  return (
    <label class="field">
      <span>{field.label}</span>
      {hint}
      {field.type === 'multiline' ? (
        <textarea rows={4} value={text} spellcheck={false} autoComplete="off" aria-describedby={describedBy} onInput={(e) => onChange(e.currentTarget.value)} />
      ) : field.type === 'date' ? (
        <input type="date" value={text} autoComplete="off" aria-describedby={describedBy} onInput={(e) => onChange(e.currentTarget.value)} />
      ) : (
        <input type="text" value={text} spellcheck={false} autoComplete="off" aria-describedby={describedBy} onInput={(e) => onChange(e.currentTarget.value)} />
      )}
    </label>
  );
}
