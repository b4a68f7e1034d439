// A file chooser that looks like a button: the real input stays in the page (visually hidden but
// focusable), so the keyboard, screen readers and test drivers use it as a normal file input. With
// `folder` it chooses a whole folder instead (the browsers' and Electron's `webkitdirectory`).
import type { PickedFile } from '../../platform/files';
import { pickedFiles, pickedFolderFiles } from '../../platform/files';

export interface FilePickerProps {
  id: string;
  label: string;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  describedBy?: string | undefined;
  primary?: boolean;
  folder?: boolean;
  onFiles(files: PickedFile[]): void;
}

// Not in React's attribute types, though every engine TongKet runs in knows it.
const FOLDER_ATTRIBUTES: Record<string, string> = { webkitdirectory: '' };

export function FilePicker({ id, label, accept, multiple, disabled, describedBy, primary, folder, onFiles }: FilePickerProps) {
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
        {...(folder ? FOLDER_ATTRIBUTES : {})}
        onChange={(e) => {
          const files = folder ? pickedFolderFiles(e.target.files) : pickedFiles(e.target.files);
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
