import { AppPage } from './app-page';

export class SettingsPage extends AppPage {
  async chooseLanguage(label: 'Tiếng Việt' | 'English'): Promise<void> {
    await this.page.getByRole('radio', { name: label }).check();
  }
}
