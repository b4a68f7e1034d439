// Files the user chose or dropped, as the stores want them: a name, a size, and a way to read the bytes
// (base64, for importUploads) or the text (a .pub key). The page never learns or sends a path.

export interface PickedFile {
  name: string;
  size: number;
  readBase64(): Promise<string>;
  readText(): Promise<string>;
}

function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader'));
    // The browser encodes base64 natively; building it from an ArrayBuffer in script would be slow
    // and memory-hungry for a 50 MB package.
    reader.readAsDataURL(file);
  });
}

export function pickedFile(file: File): PickedFile {
  return {
    name: file.name,
    size: file.size,
    readBase64: async () => {
      const url = await readAsDataUrl(file);
      return url.slice(url.indexOf(',') + 1);
    },
    readText: () => file.text(),
  };
}

export const pickedFiles = (list: FileList | null | undefined): PickedFile[] => (list ? Array.from(list, pickedFile) : []);

/**
 * The files of a chosen folder, as the command line takes a folder: its own files only (not those of
 * folders inside it), by name. The browser gives every file below the folder, each with its path from
 * the folder ("ho-so/LDLD-SINHO.tongket"), so one "/" means a file of the folder itself.
 */
export function pickedFolderFiles(list: FileList | null | undefined): PickedFile[] {
  const files = list ? Array.from(list) : [];
  return files
    .filter((f) => (f.webkitRelativePath || f.name).split('/').length <= 2)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map(pickedFile);
}
