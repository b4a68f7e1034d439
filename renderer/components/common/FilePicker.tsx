// A file chooser that looks like a button: the real input stays in the page (visually hidden but
// focusable), so the keyboard, screen readers and test drivers use it as a normal file input.
import type { PickedFile } from '../../platform/files';
import { pickedFiles } from '../../platform/files';

export interface FilePickerProps {
  id: string;
  label: string;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  describedBy?: string | undefined;
  primary?: boolean;
  onFiles(files: PickedFile[]): void;
}

export function FilePicker({ id, label, accept, multiple, disabled, describedBy, primary, onFiles }: FilePickerProps) {
  return (
    <span className="file-picker">
      <input
        id={id}
        type="file"
        className="file-input"
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(e) => {
          const files = pickedFiles(e.target.files);
          // Cleared so that choosing the same file again is a new choice.
          e.target.value = '';
          if (files.length) onFiles(files);
        }}
      />
      <label htmlFor={id} className={`button${primary ? ' button-primary' : ''}${disabled ? ' is-disabled' : ''}`}>
        {label}
      </label>
    </span>
  );
}
