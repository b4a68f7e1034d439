// Child process of the crash-safety test: saves a field in a loop through the real services and
// prints "ACK n" only after each save has returned (i.e. was acknowledged to the user).
import { openAppServices } from '../../electron/services/app-services';

const [dataDir, startArg] = process.argv.slice(2);
const services = openAppServices({ dataDir: dataDir as string, create: true });
const start = Number(startArg);
for (let i = start; ; i++) {
  await services.api.saveField({ key: i % 2 ? 's4.narrative' : 's9.lessons', value: i % 2 ? `Lần lưu thứ ${i}` : [{ text: `Bài học ${i}` }] });
  process.stdout.write(`ACK ${i}\n`);
}
