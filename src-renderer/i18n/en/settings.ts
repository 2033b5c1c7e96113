/** The settings dialog. */
export const settings = {
  title: 'Settings',
  language: 'Interface language',
  languageSystem: 'Same as the system',
  authorName: 'Your name on annotations',
  authorNameHint: 'Shown on every highlight, comment and reply you make, and in exports.',
  theme: 'Appearance',
  themeSystem: 'Same as the system',
  themeLight: 'Light',
  themeDark: 'Dark',
  save: 'Save',
  cancel: 'Cancel',
  saved: 'Settings saved',
}
